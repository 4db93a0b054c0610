import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { ZLoginInput } from "@/lib/schemas/auth";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { auditedLogin } from "@/server/services/auth/audited-login";

declare module "next-auth" {
  interface Session {
    /** The staff row's session version when this session began; see getCurrentStaff. */
    sessionVersion?: number;
  }
}

/** Carries only a coarse code to the login page; the message is chosen there. */
export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

export class SecondFactorSignin extends CredentialsSignin {
  code = "second-factor";
}

/**
 * The address the request came from: the last x-forwarded-for hop, which Next sets from the socket when no proxy
 * did. Behind a reverse proxy that appends the client address, that is the client; see the README's security notes.
 */
function clientIp(request: Request) {
  const hops = request.headers.get("x-forwarded-for")?.split(",") ?? [];
  return hops.at(-1)?.trim() || "unknown";
}

export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      // Auth.js wraps what went wrong (a database error, say) as the cause of its own error.
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      logger.error("auth.error", {
        name: error.name,
        message: error.message,
        cause: cause instanceof Error ? `${cause.name}: ${cause.message}` : undefined,
      });
    },
  },
  providers: [
    Credentials({
      credentials: {
        email: { label: "Email" },
        password: { label: "Password", type: "password" },
        code: { label: "Authenticator or recovery code" },
      },
      async authorize(credentials, request) {
        const parsed = ZLoginInput.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await auditedLogin(db, { ...parsed.data, ip: clientIp(request) });
        if (result.ok) return result.staff;
        if (result.reason === "throttled") throw new ThrottledSignin();
        if (result.reason === "second-factor") throw new SecondFactorSignin();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = "sessionVersion" in user ? user.sessionVersion : undefined;
      }
      return token;
    },
    session({ session, token }) {
      // Role, merchants and the disabled flag are read from the database on every request, not from here.
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : undefined;
      return session;
    },
  },
} satisfies NextAuthConfig;
