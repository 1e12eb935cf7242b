import "server-only";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must be a SQLite URL such as file:./prisma/dev.db or a PostgreSQL URL postgres://user:password@host/db"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters (npm start writes one to .env)"),
  NEXTAUTH_URL: z.url().optional(),
  // Test-only: lets the article fetcher reach 127.0.0.1 / ::1, where the end-to-end tests serve
  // their fixture pages. Never set it on a deployed server (see .env.example).
  ARTICLE_FETCH_ALLOW_LOOPBACK: z.enum(["0", "1"], "ARTICLE_FETCH_ALLOW_LOOPBACK must be 1 or 0 (test-only)").optional(),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

// Parsed once, on first use (instrumentation calls it at start-up), so a wrong variable stops
// the server with one readable message instead of failing deep inside a request.
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment (see .env.example):\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/**
 * The app's public origin, from configuration only: links shown to users (the class join link)
 * must never be built from a request's Host header, which the client chooses.
 */
export function publicOrigin(): string {
  const configured = env().NEXTAUTH_URL;
  return configured ? new URL(configured).origin : `http://localhost:${process.env.PORT || 3000}`;
}

/** Whether article fetching may reach loopback: only when the test-only variable says so. */
export function fetchAllowsLoopback(): boolean {
  return env().ARTICLE_FETCH_ALLOW_LOOPBACK === "1";
}
