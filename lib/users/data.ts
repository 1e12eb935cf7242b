import "server-only";
import { db, sql } from "@/lib/db";
import { Prisma } from "@/prisma/generated/client";

export function getUserByEmail(email: string) {
  return db.user.findUnique({ where: { email } });
}

export type SessionAccount = { id: string; role: string; email: string | null; name: string | null; sessionVersion: number };

/**
 * The row every request's session check reads (lib/auth, lib/session), so it goes to the driver
 * (lib/sql-driver) rather than through Prisma's query runtime: one read by primary key.
 */
export async function getUserById(id: string): Promise<SessionAccount | null> {
  const rows = await sql.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT "id", "role", "email", "name", "sessionVersion" FROM "User" WHERE "id" = ${id}`);
  const r = rows[0];
  if (!r) return null;
  return { id: String(r.id), role: String(r.role), email: r.email == null ? null : String(r.email), name: r.name == null ? null : String(r.name), sessionVersion: Number(r.sessionVersion) };
}
