import "server-only";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { getUserByEmail, getUserById } from "@/lib/users/data";
import { verifyPassword } from "@/lib/users/mutations";
import { signInSchema } from "@/lib/users/schema";

export type SessionUser = { id: string; role: "student" | "teacher"; email: string; name: string | null };

declare module "next-auth" {
  interface Session {
    user: { id: string; role: string; email?: string | null; name?: string | null };
  }
  interface User {
    role: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: string;
  }
}

// JWT sessions: nothing to store server-side, and a session survives a restart because the
// cookie is verified with NEXTAUTH_SECRET alone.
export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const user = await getUserByEmail(parsed.data.email);
        // Compare even when the user is missing? bcrypt's cost already dominates; an unknown
        // email returns early, which leaks existence no more than the sign-up form does.
        if (!user?.passwordHash || user.role === "guest") return null;
        if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.uid ?? "", role: token.role ?? "", email: token.email, name: token.name };
      return session;
    },
  },
};

/**
 * The signed-in user, or null. The role is read from the database, not the cookie, so a deleted
 * account or a token minted before a role change never grants anything.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getUserById(id);
  if (!user || !user.email || (user.role !== "teacher" && user.role !== "student")) return null;
  return { id: user.id, role: user.role, email: user.email, name: user.name };
}

/** For actions and loaders: the signed-in user with one of the given roles, else null. */
export async function getUserWithRole(...roles: SessionUser["role"][]): Promise<SessionUser | null> {
  const user = await getSessionUser();
  return user && roles.includes(user.role) ? user : null;
}
