import { Badge } from "@/components/ui/badge";
import { auditOutcomeLabel, auditOutcomeTone } from "@/lib/audit-labels";

const VARIANT = { success: "success", pending: "warning", refused: "destructive" } as const;

/** The outcome in plain words ("Done", "Refused by Stamps"); the code itself is in the event's Details. */
export function AuditOutcomeBadge({ outcome }: { outcome: string }) {
  return <Badge variant={VARIANT[auditOutcomeTone(outcome)]}>{auditOutcomeLabel(outcome)}</Badge>;
}
