const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Parses the allow-list of Stamps API addresses ("https://stamps.co.id,http://localhost:4010") into origins.
 * Throws with the entry at fault, so a typo in the environment stops the server instead of refusing every merchant.
 */
export function parseAllowedOrigins(list: string): string[] {
  return list
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let url: URL;
      try {
        url = new URL(entry);
      } catch {
        throw new Error(`"${entry}" is not a URL (expected e.g. https://stamps.co.id)`);
      }
      if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`"${entry}" is not an http(s) URL`);
      return url.origin;
    });
}

/**
 * Tokens travel in a header: a base URL must be one of the allowed origins (so an admin cannot point a merchant,
 * and its token, at a host of their own), and anything beyond this machine must be reached over https.
 */
export function checkStampsBaseUrl(
  value: string,
  allowedOrigins: readonly string[],
): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: "Enter a full URL, for example https://stamps.co.id" };
  }
  if (url.username || url.password) return { ok: false, message: "The URL must not contain a user name or password" };
  if (url.search || url.hash) return { ok: false, message: "The URL must not contain a query string or fragment" };
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname))) {
    return { ok: false, message: "Use https:// (plain http is allowed only for localhost)" };
  }
  if (!allowedOrigins.includes(url.origin)) {
    return {
      ok: false,
      message: `Use one of the Stamps API addresses this back office allows: ${allowedOrigins.join(", ")}`,
    };
  }
  return { ok: true, url: url.origin + url.pathname.replace(/\/+$/, "") };
}
