/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per run lets parallel test servers coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "wink-nlp", "wink-eng-lite-web-model"],
  poweredByHeader: false,
};
export default nextConfig;
