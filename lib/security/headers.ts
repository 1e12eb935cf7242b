// The Content-Security-Policy, per request: proxy.ts makes a fresh nonce and sets the policy on
// the request (Next reads the nonce from it and puts it on its own scripts) and the response.
// The headers that are the same for every response are in ./standard-headers.js.

/** The policy for one response. Only scripts carrying the nonce run, and their imports ('strict-dynamic'). */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Progress bars set a width in a style attribute; attributes cannot run script.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
