"use client";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { MerchantsTable } from "./merchants-table";
import { StaffTable } from "./staff-table";

export function SettingsTabs() {
  return (
    <Tabs defaultValue="merchants" className="gap-6">
      <TabsList>
        <TabsTrigger value="merchants">Merchants</TabsTrigger>
        <TabsTrigger value="staff">Staff</TabsTrigger>
      </TabsList>
      <TabsContent value="merchants">
        <MerchantsTable />
      </TabsContent>
      <TabsContent value="staff">
        <StaffTable />
      </TabsContent>
    </Tabs>
  );
}
