import Link from "next/link";
import { redirect } from "next/navigation";
import { AppSidebarNav } from "@/components/console/app-sidebar";
import { CommandPalette } from "@/components/console/command-palette";
import { MerchantProvider } from "@/components/console/merchant-context";
import { MerchantSwitcher } from "@/components/console/merchant-switcher";
import { StaffRoleProvider } from "@/components/console/staff-context";
import { UserMenu } from "@/components/console/user-menu";
import { canAccess } from "@/lib/permissions";
import { getCurrentMerchant } from "@/server/auth/current-merchant";
import { getCurrentStaff } from "@/server/auth/current-staff";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const staff = await getCurrentStaff();
  if (!staff) redirect("/login");
  if (staff.mustChangePassword) redirect("/change-password");
  if (staff.mustEnrolSecondFactor) redirect("/two-factor");
  const merchant = await getCurrentMerchant(staff);

  return (
    <StaffRoleProvider role={staff.role}>
      <MerchantProvider merchant={merchant}>
        <div className="flex min-h-dvh flex-col md:flex-row">
          {/* The column carries the colour down a long page; the sidebar itself stays in view. */}
          <div className="shrink-0 border-b border-sidebar-border bg-sidebar md:w-60 md:border-r md:border-b-0">
            <aside className="flex flex-col gap-4 p-3 text-sidebar-foreground md:sticky md:top-0 md:h-dvh">
              <Link href="/members" className="flex items-center gap-2 px-1 pt-1 font-semibold">
                <span className="flex size-7 items-center justify-center rounded-md bg-primary text-sm text-primary-foreground">
                  S
                </span>
                Stamps Back Office
              </Link>
              <MerchantSwitcher merchants={staff.merchants} currentId={merchant?.id ?? null} />
              {merchant && canAccess(staff.role, "members") ? <CommandPalette /> : null}
              <AppSidebarNav role={staff.role} />
              <div className="md:mt-auto">
                <UserMenu name={staff.name} email={staff.email} role={staff.role} />
              </div>
            </aside>
          </div>
          <main className="min-w-0 flex-1 p-4 md:p-8">{children}</main>
        </div>
      </MerchantProvider>
    </StaffRoleProvider>
  );
}
