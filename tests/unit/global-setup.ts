// Unit tests that touch the data layer use a real SQLite database: a throwaway file migrated
// once per run. Tests create their own rows with unique ids, so they never clash.
import { execSync } from "node:child_process";
import { rmSync } from "node:fs";

export default function setup() {
  const file = `prisma/unit-${process.pid}.db`;
  rmSync(file, { force: true });
  process.env.DATABASE_URL = `file:./${file}`;
  process.env.NEXTAUTH_SECRET ??= "unit-test-secret-unit-test-secret-0123456789";
  execSync("npx prisma migrate deploy", { stdio: "ignore", env: process.env });
  return () => rmSync(file, { force: true });
}
