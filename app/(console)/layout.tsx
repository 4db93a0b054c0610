import Link from "next/link";
import { redirect } from "next/navigation";
import { AppSidebarNav } from "@/components/console/app-sidebar";
import { CommandPalette } from "@/components/console/command-palette";
import { CommandPaletteButton } from "@/components/console/command-palette-button";
import { MerchantProvider } from "@/components/console/merchant-context";
import { MerchantSwitcher } from "@/components/console/merchant-switcher";
import { MobileMenu } from "@/components/console/mobile-menu";
import { StaffRoleProvider } from "@/components/console/staff-context";
import { UserMenu } from "@/components/console/user-menu";
import { canAccess } from "@/lib/permissions";
import { getCurrentMerchant } from "@/server/auth/current-merchant";
import { getCurrentStaff, redirectToLogin } from "@/server/auth/current-staff";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const staff = await getCurrentStaff();
  if (!staff) return redirectToLogin();
  if (staff.mustChangePassword) redirect("/change-password");
  if (staff.mustEnrolSecondFactor) redirect("/two-factor");
  const merchant = await getCurrentMerchant(staff);

  const withPalette = Boolean(merchant && canAccess(staff.role, "members"));
  const brand = (
    <Link href="/members" className="flex items-center gap-2 px-1 pt-1 font-semibold">
      <span className="flex size-7 items-center justify-center rounded-md bg-primary text-sm text-primary-foreground">
        S
      </span>
      Stamps Back Office
    </Link>
  );
  const menu = (
    <>
      <MerchantSwitcher merchants={staff.merchants} currentId={merchant?.id ?? null} />
      {withPalette ? <CommandPaletteButton /> : null}
      <AppSidebarNav role={staff.role} />
      <div className="mt-auto">
        <UserMenu name={staff.name} email={staff.email} role={staff.role} />
      </div>
    </>
  );

  return (
    <StaffRoleProvider role={staff.role}>
      <MerchantProvider merchant={merchant}>
        <div className="flex min-h-dvh flex-col md:flex-row">
          {/* The column carries the colour down a long page; the sidebar itself stays in view. */}
          <div className="hidden w-60 shrink-0 border-r border-sidebar-border bg-sidebar md:block">
            <aside className="sticky top-0 flex h-dvh flex-col gap-4 p-3 text-sidebar-foreground">
              {brand}
              {menu}
            </aside>
          </div>
          <header className="sticky top-0 z-40 flex items-center gap-2 border-b border-sidebar-border bg-sidebar px-2 py-2 text-sidebar-foreground md:hidden">
            <MobileMenu>
              {brand}
              {menu}
            </MobileMenu>
            {brand}
          </header>
          <main data-slot="console-main" className="min-w-0 flex-1 p-4 md:p-8">
            {children}
          </main>
        </div>
        {withPalette ? <CommandPalette /> : null}
      </MerchantProvider>
    </StaffRoleProvider>
  );
}
