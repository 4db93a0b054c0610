import type { Metadata } from "next";
import { AccessDenied } from "@/components/console/notice";
import { PageHeader } from "@/components/console/page-header";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  if (!(await requireArea("settings"))) return <AccessDenied area="Settings" />;
  return (
    <>
      <PageHeader title="Settings" description="Merchants the back office connects to, and the staff who use it." />
      <SettingsTabs />
    </>
  );
}
