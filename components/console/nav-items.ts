import { ClipboardList, Gift, House, Megaphone, Receipt, Settings, Ticket, Users, type LucideIcon } from "lucide-react";
import type { TArea } from "@/lib/permissions";

export type NavItem = { href: string; label: string; area: TArea; icon: LucideIcon };

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Home", area: "members", icon: House },
  { href: "/members", label: "Members", area: "members", icon: Users },
  { href: "/transactions", label: "Transactions", area: "transactions", icon: Receipt },
  { href: "/redemptions", label: "Redemptions", area: "redemptions", icon: Gift },
  { href: "/vouchers", label: "Vouchers", area: "vouchers", icon: Ticket },
  { href: "/campaigns", label: "Campaigns", area: "campaigns", icon: Megaphone },
  { href: "/audit", label: "Audit log", area: "audit", icon: ClipboardList },
  { href: "/settings", label: "Settings", area: "settings", icon: Settings },
];
