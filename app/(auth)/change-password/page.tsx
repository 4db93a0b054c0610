import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentStaff } from "@/server/auth/current-staff";
import { ChangePasswordForm } from "./_components/change-password-form";

export const metadata: Metadata = { title: "Choose your password" };

/** Forced after signing in with a one-time password an admin gave: the console stays closed until then. */
export default async function ChangePasswordPage() {
  const staff = await getCurrentStaff();
  if (!staff) redirect("/login");
  if (!staff.mustChangePassword) redirect("/members");

  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 p-4">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle className="text-xl">
            <h1>Choose your password</h1>
          </CardTitle>
          <CardDescription>
            You signed in with a one-time password. Choose a password of your own (at least 12 characters) to continue.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ChangePasswordForm email={staff.email} />
        </CardContent>
      </Card>
    </main>
  );
}
