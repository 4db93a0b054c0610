/**
 * The Content-Security-Policy of every page: scripts only with this response's nonce (Next adds it to its own
 * scripts, 'strict-dynamic' lets them load the rest), nothing framed, nothing posted or connected elsewhere.
 * Styles allow inline: Radix and sonner set style attributes and tags that carry no nonce.
 */
export function contentSecurityPolicy({ nonce, dev, https }: { nonce: string; dev: boolean; https: boolean }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Two years, as the HSTS preload list asks; sent only over https, where browsers honour it. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
