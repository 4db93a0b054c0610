"use client";

import { useOptionalMerchant } from "@/components/console/merchant-context";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { CampaignLimits } from "./campaign-limits-form";
import { MerchantsTable } from "./merchants-table";
import { StaffTable } from "./staff-table";
import { VoucherTemplatesTable } from "./voucher-templates-table";

export function SettingsTabs() {
  const merchant = useOptionalMerchant();
  return (
    <Tabs defaultValue="merchants" className="gap-6">
      <TabsList>
        <TabsTrigger value="merchants">Merchants</TabsTrigger>
        <TabsTrigger value="staff">Staff</TabsTrigger>
        {merchant ? <TabsTrigger value="templates">Voucher templates</TabsTrigger> : null}
        {merchant ? <TabsTrigger value="campaigns">Campaign limits</TabsTrigger> : null}
      </TabsList>
      <TabsContent value="merchants">
        <MerchantsTable />
      </TabsContent>
      <TabsContent value="staff">
        <StaffTable />
      </TabsContent>
      {merchant ? (
        <TabsContent value="templates">
          <VoucherTemplatesTable />
        </TabsContent>
      ) : null}
      {merchant ? (
        <TabsContent value="campaigns">
          <CampaignLimits />
        </TabsContent>
      ) : null}
    </Tabs>
  );
}
