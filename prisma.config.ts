import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// The schema keeps `url = env("DATABASE_URL")` (without it the CLI downloads an engine), so the
// variable must exist even for `prisma generate` on a fresh clone: default to the embedded database.
process.env.DATABASE_URL ??= "file:./prisma/dev.db";

// The JS engine with a driver adapter: the CLI needs no downloaded engine binary.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL as string });
  },
});
