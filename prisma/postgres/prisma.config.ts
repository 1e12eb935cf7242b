import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The Prisma CLI for the PostgreSQL side: `prisma generate` of the pg client (npm install) and
// `prisma migrate diff` between two datamodels (scripts/pg-migration.mjs). Neither connects; the
// adapter only tells the CLI to use its JavaScript engine instead of downloading one. Migrations
// are applied by scripts/migrate-pg.mjs, not by Prisma (prisma/orm#27403).
process.env.PRISMA_PG_CLI_URL = "postgres://localhost/unused";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(import.meta.dirname, "schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "..", "migrations-pg") },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.PRISMA_PG_CLI_URL as string });
  },
});
