import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentStaff } from "@/server/auth/current-staff";
import { db } from "@/server/db";
import { startEnrolment } from "@/server/services/auth/second-factor";
import { EnrolForm } from "./_components/enrol-form";

export const metadata: Metadata = { title: "Two-factor sign-in" };

/** Enrolment: forced for admins without a second factor, open to anyone else who wants one. */
export default async function TwoFactorPage() {
  const staff = await getCurrentStaff();
  if (!staff) redirect("/login");
  if (staff.mustChangePassword) redirect("/change-password");
  // Turning it off or re-enrolling is an admin's reset, not something a session (perhaps a stolen one) can do.
  if (staff.hasSecondFactor) redirect("/members");
  // Each visit starts afresh: a secret shown once and never confirmed is not left in force.
  const enrolment = await startEnrolment(db, staff);

  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 p-4">
      <Card className="w-full max-w-md">
        <CardHeader>
          <CardTitle className="text-xl">
            <h1>Set up two-factor sign-in</h1>
          </CardTitle>
          <CardDescription>
            {staff.mustEnrolSecondFactor
              ? "Admins sign in with a code from an authenticator app as well as their password. Set it up to continue."
              : "Sign in with a code from an authenticator app as well as your password."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <EnrolForm qrDataUrl={enrolment.qrDataUrl} secret={enrolment.secret} />
        </CardContent>
      </Card>
    </main>
  );
}
