// The baseline of `npm run bench:answers`: a bare Next.js app of the same version as the app, one
// route doing one SQLite insert and one empty page (the play page's JavaScript is compared to it).
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
};
export default nextConfig;
