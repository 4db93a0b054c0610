"use server";

import { AuthError } from "next-auth";
import { ZLoginInput } from "@/lib/schemas/auth";
import { signIn } from "@/server/auth";

export type LoginState = { error: string | null; email: string };

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = field(formData, "email");
  const parsed = ZLoginInput.safeParse({
    email,
    password: field(formData, "password"),
    code: field(formData, "code") || undefined,
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form", email };

  const next = field(formData, "next");
  try {
    // Throws Next's redirect on success, which must propagate.
    await signIn("credentials", {
      ...parsed.data,
      redirectTo: next.startsWith("/") && !next.startsWith("//") ? next : "/",
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = "code" in error ? error.code : null;
      return {
        error:
          code === "throttled"
            ? "Too many failed sign-ins for this email or from this network. Wait a minute, then try again."
            : code === "second-factor"
              ? "Enter the current code from your authenticator app (or one of your recovery codes)."
              : "That email and password do not match an active account.",
        email,
      };
    }
    throw error;
  }
  return { error: null, email };
}
