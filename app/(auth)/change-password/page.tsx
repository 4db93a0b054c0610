import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentStaff } from "@/server/auth/current-staff";
import { ChangePasswordForm } from "./_components/change-password-form";

export const metadata: Metadata = { title: "Change your password" };

/**
 * Forced after signing in with a one-time password an admin gave (the console stays closed until then), and open
 * from the account menu to anyone who wants a new password (then the current one is asked first).
 */
export default async function ChangePasswordPage() {
  const staff = await getCurrentStaff();
  if (!staff) redirect("/login");
  const forced = staff.mustChangePassword;

  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 p-4">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle className="text-xl">
            <h1>{forced ? "Choose your password" : "Change your password"}</h1>
          </CardTitle>
          <CardDescription>
            {forced
              ? "You signed in with a one-time password. Choose a password of your own (at least 12 characters) to continue."
              : "Enter your current password, then a new one (at least 12 characters). Every other session of yours ends."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ChangePasswordForm email={staff.email} askCurrent={!forced} />
        </CardContent>
      </Card>
    </main>
  );
}
