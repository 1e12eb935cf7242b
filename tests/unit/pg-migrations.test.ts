// The PostgreSQL side must follow prisma/schema.prisma: every SQLite migration has its
// PostgreSQL twin and prisma/postgres/schema.prisma (what the pg client is generated from and
// what the next `npm run db:pg-migration` diffs from) is the current schema for PostgreSQL.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module without types
import { problems, toPostgres } from "../../scripts/pg-migration.mjs";

describe("PostgreSQL migrations", () => {
  it("are in step with prisma/schema.prisma", () => {
    expect(problems()).toEqual([]);
  });

  it("would notice a model changed without a PostgreSQL migration", () => {
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    const changed = toPostgres(schema.replace("model Answer {", "model Answer {\n  evidence Int?"));
    expect(changed).not.toBe(readFileSync("prisma/postgres/schema.prisma", "utf8"));
    expect(changed).toContain('provider = "postgresql"');
  });
});
