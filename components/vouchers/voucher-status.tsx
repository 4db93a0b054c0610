import { Badge } from "@/components/ui/badge";
import type { RouterOutputs } from "@/lib/trpc/react";

type Status = RouterOutputs["vouchers"]["findMemberVouchers"]["vouchers"][number]["status"];

const STATUS: Record<Status, { label: string; variant: "success" | "warning" | "secondary" | "outline" }> = {
  active: { label: "Active", variant: "success" },
  upcoming: { label: "Not yet valid", variant: "warning" },
  expired: { label: "Expired", variant: "secondary" },
  inactive: { label: "Inactive", variant: "outline" },
};

export function VoucherStatusBadge({ status }: { status: Status }) {
  const { label, variant } = STATUS[status];
  return <Badge variant={variant}>{label}</Badge>;
}
