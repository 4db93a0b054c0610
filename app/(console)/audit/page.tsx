import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditExportLink } from "@/components/audit/audit-filters";
import { AuditLog } from "@/components/audit/audit-log";
import { AccessDenied } from "@/components/console/notice";
import { PageHeader } from "@/components/console/page-header";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const staff = await requireArea("audit");
  if (!staff) return <AccessDenied area="the audit log" />;
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made through the back office, sign-ins and refused attempts, newest first."
        actions={
          <Suspense>
            <AuditExportLink />
          </Suspense>
        }
      />
      <Suspense>
        <AuditLog merchants={staff.merchants.map(({ id, name }) => ({ id, name }))} />
      </Suspense>
    </>
  );
}
