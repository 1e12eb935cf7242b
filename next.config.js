import { STANDARD_HEADERS } from "./lib/security/standard-headers.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per run lets parallel test servers coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // The same for every response; the per-request Content-Security-Policy is set by proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: STANDARD_HEADERS }];
  },
};
export default nextConfig;
