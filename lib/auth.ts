import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { readSessionUser, type SessionUser } from "@/lib/request-viewer";
import { endAllSessions } from "@/lib/users/mutations";
import { authenticate } from "@/lib/users/sign-in";
import { clientAddress } from "@/lib/users/throttle";

export type { SessionUser };

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

/** The signed-in user, or null (lib/request-viewer), cached for the request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  return readSessionUser(Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])));
});

/** For actions and loaders: the signed-in user with one of the given roles, else null. */
export async function getUserWithRole(...roles: SessionUser["role"][]): Promise<SessionUser | null> {
  const user = await getSessionUser();
  return user && roles.includes(user.role) ? user : null;
}
