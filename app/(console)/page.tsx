import type { Metadata } from "next";
import { NoMerchant } from "@/components/console/notice";
import { StartPage } from "@/components/home/start-page";
import { getCurrentMerchant } from "@/server/auth/current-merchant";
import { requireArea } from "@/server/auth/require-area";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const staff = await requireArea("members");
  if (!staff) return <NoMerchant />;
  if (!(await getCurrentMerchant(staff))) return <NoMerchant />;
  return <StartPage staffName={staff.name} />;
}
