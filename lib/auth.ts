import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import { getToken } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { getUserById } from "@/lib/users/data";
import { endAllSessions } from "@/lib/users/mutations";
import { authenticate } from "@/lib/users/sign-in";
import { clientAddress } from "@/lib/users/throttle";

export type SessionUser = { id: string; role: "student" | "teacher"; email: string; name: string | null };

declare module "next-auth" {
  interface Session {
    user: { id: string; role: string; email?: string | null; name?: string | null; sv?: number };
  }
  interface User {
    role: string;
    sessionVersion: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: string;
    /** The account's sessionVersion when the token was made; a bump ends the session. */
    sv?: number;
  }
}

// JWT sessions, each carrying the account's session version: every request compares it with the
// database (getSessionUser), so signing out ends the session everywhere, not only in the browser.
export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const headers = (req.headers ?? {}) as Record<string, string | undefined>;
        // A throw becomes next-auth's `error`: the sign-in form shows "Too many attempts — …".
        return authenticate(credentials, clientAddress({ get: (name) => headers[name] ?? null }));
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.uid ?? "", role: token.role ?? "", email: token.email, name: token.name, sv: token.sv };
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.uid) await endAllSessions(token.uid);
    },
  },
};

/**
 * The signed-in user, or null. The role is read from the database, not the cookie, so a deleted
 * account or a token minted before a role change never grants anything; a token whose session
 * version is behind the account's (signed out since) is no session. One read by primary key,
 * cached for the request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionToken();
  const id = token?.uid;
  if (!id) return null;
  const user = await getUserById(id);
  if (!user || !user.email || (user.role !== "teacher" && user.role !== "student")) return null;
  if (token.sv !== user.sessionVersion) return null;
  return { id: user.id, role: user.role, email: user.email, name: user.name };
});

/**
 * The session cookie decoded by next-auth's own JWT code (chunked cookies, the secure-cookie
 * name on https, expiry), as getServerSession does for a JWT session, without building a whole
 * next-auth request for it (a fifth of the answer action's CPU under a class's load). The jwt and
 * session callbacks above only copy fields, so the token is what the session would hold.
 * No Authorization header: only the cookie is a session here, as with getServerSession.
 */
async function readSessionToken() {
  const jar = await cookies();
  const req = { cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), headers: {} };
  return getToken({ req: req as unknown as Parameters<typeof getToken>[0]["req"], secret: env().NEXTAUTH_SECRET, secureCookie: (env().NEXTAUTH_URL ?? "").startsWith("https:") });
}

/** For actions and loaders: the signed-in user with one of the given roles, else null. */
export async function getUserWithRole(...roles: SessionUser["role"][]): Promise<SessionUser | null> {
  const user = await getSessionUser();
  return user && roles.includes(user.role) ? user : null;
}
