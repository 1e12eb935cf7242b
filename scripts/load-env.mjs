// Loads .env into process.env for the scripts (Next loads it itself for the app). On a fresh
// clone it first writes .env from .env.example with a random NEXTAUTH_SECRET, so the quick start
// needs no editing and no secret ever lives in the repository.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";

export function loadEnv() {
  if (!existsSync(".env")) {
    const example = readFileSync(".env.example", "utf8");
    const secret = randomBytes(32).toString("base64url");
    writeFileSync(".env", example.replace(/^NEXTAUTH_SECRET=.*$/m, `NEXTAUTH_SECRET="${secret}"`));
    console.log("Wrote .env from .env.example with a fresh NEXTAUTH_SECRET.");
  }
  // Variables already set in the environment win, as they do for Next.
  const before = { ...process.env };
  process.loadEnvFile(".env");
  Object.assign(process.env, before);
}
