// Test helper: who the server actions think is calling. Used with vi.mock in unit tests so an
// action runs its real validation, role check and database writes without a browser session.
import type { SessionUser } from "@/lib/auth";

let current: SessionUser | null = null;

export function actAs(user: { id: string; role: string; email?: string | null; name?: string | null } | null) {
  current = user ? { id: user.id, role: user.role as SessionUser["role"], email: user.email ?? "", name: user.name ?? null } : null;
}

export function currentTestUser() {
  return current;
}
