import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Import boundaries from the house style: app → domain (loaders/actions/schema) → components → lib.
// Each block forbids what its layer must not reach for.
const restrict = (files, patterns) => ({ files, rules: { "no-restricted-imports": ["error", { patterns }] } });

const dataLayer = [
  { group: ["@/lib/*/data", "@/lib/*/mutations", "@/lib/db", "**/data", "**/mutations"], message: "Pages and components go through loaders and actions, never data, mutations or the db client." },
];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["node_modules/**", ".next*/**", "bench/bare/.next*/**", "prisma/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  restrict(["app/**"], dataLayer),
  restrict(["components/**"], [
    ...dataLayer,
    { group: ["@/lib/*/loaders", "**/loaders"], message: "Components take data as props; loaders belong to pages." },
  ]),
  restrict(["lib/*/data.ts", "lib/*/mutations.ts"], [
    { group: ["next", "next/*", "next-auth", "next-auth/*", "@/lib/auth", "@/lib/session", "@/lib/*/actions", "@/lib/*/loaders"], message: "Data and mutations take explicit ids; they never read the session or use next/*." },
  ]),
  // The answer lane and what it shares with the route run outside Next's request handler.
  restrict(["lib/attempts/answer-lane.ts", "lib/attempts/answer-http.ts", "lib/request-viewer.ts", "lib/action-core.ts"], [
    { group: ["next", "next/*", "react", "@/lib/auth", "@/lib/session", "@/lib/action"], message: "The answer lane runs outside Next's request handler: take who is calling as a parameter (lib/request-viewer, lib/action-core)." },
  ]),
  restrict(["lib/generator/**"], [
    { group: ["next", "next/*", "react", "react/*", "react-dom", "@prisma/*", "zod", "zod/*", "@/*", "next-auth", "next-auth/*"], message: "The generator is framework-free: only itself and its NLP dependencies." },
  ]),
  {
    files: ["**/*.test.ts", "tests/**", "scripts/**", "prisma/**"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
