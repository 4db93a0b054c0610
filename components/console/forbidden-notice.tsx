"use client";

import { usePathname } from "next/navigation";
import { AccessDenied } from "./notice";
import { NAV_ITEMS } from "./nav-items";

const AREA_NAMES: Record<string, string> = { "/audit": "the audit log" };

/** "You cannot open Settings": the area named from the address, since forbidden() pages get no props. */
export function ForbiddenNotice() {
  const pathname = usePathname();
  const item = NAV_ITEMS.find((one) => pathname === one.href || pathname.startsWith(`${one.href}/`));
  return <AccessDenied area={item ? (AREA_NAMES[item.href] ?? item.label) : "this page"} />;
}
