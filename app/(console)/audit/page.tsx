import type { Metadata } from "next";
import { AuditLog } from "@/components/audit/audit-log";
import { AccessDenied } from "@/components/console/notice";
import { PageHeader } from "@/components/console/page-header";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  if (!(await requireArea("audit"))) return <AccessDenied area="the audit log" />;
  return (
    <>
      <PageHeader title="Audit log" description="Every change made through the back office, newest first." />
      <AuditLog />
    </>
  );
}
