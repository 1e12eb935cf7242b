// The headers that are the same for every response: next.config.js sets them on what Next serves,
// the answer lane (lib/attempts/answer-lane) on what it serves. Plain JavaScript so that
// next.config.js can import it; the per-request Content-Security-Policy is in ./headers.ts.
export const STANDARD_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "X-Frame-Options", value: "DENY" },
];
