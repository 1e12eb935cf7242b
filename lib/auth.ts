// STUB (owner: teachers helper): next-auth options and the signed-in user.
export type SessionUser = { id: string; role: "student" | "teacher"; email: string; name: string | null };

export async function getSessionUser(): Promise<SessionUser | null> {
  return null;
}
