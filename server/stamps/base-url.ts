import { z } from "zod";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Tokens travel in a header, so anything beyond this machine must be reached over https. */
export function checkStampsBaseUrl(value: string): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: "Enter a full URL, for example https://stamps.co.id" };
  }
  if (url.username || url.password) return { ok: false, message: "The URL must not contain a user name or password" };
  if (url.search || url.hash) return { ok: false, message: "The URL must not contain a query string or fragment" };
  if (url.protocol === "https:") return { ok: true, url: url.origin + url.pathname.replace(/\/+$/, "") };
  if (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname)) {
    return { ok: true, url: url.origin + url.pathname.replace(/\/+$/, "") };
  }
  return { ok: false, message: "Use https:// (plain http is allowed only for localhost)" };
}

export const ZStampsBaseUrl = z.string().transform((value, ctx) => {
  const checked = checkStampsBaseUrl(value.trim());
  if (!checked.ok) {
    ctx.addIssue({ code: "custom", message: checked.message });
    return z.NEVER;
  }
  return checked.url;
});
