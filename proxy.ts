import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/env";
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/security-headers";

/** A fresh script nonce for every page (Next reads it from the request's CSP header), and HSTS over https. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const https = (forwardedProto ? `${forwardedProto}:` : request.nextUrl.protocol) === "https:";
  const csp = contentSecurityPolicy({ nonce, dev: env.NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API answers are JSON and static files carry no script.
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
