import "server-only";
import { db } from "@/lib/db";

export function getUserByEmail(email: string) {
  return db.user.findUnique({ where: { email } });
}

export function getUserById(id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, role: true, email: true, name: true, sessionVersion: true } });
}
