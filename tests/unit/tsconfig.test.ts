// `npm start` on a fresh clone runs `next build`, which appends to tsconfig.json's include any
// type glob of its build folder that is missing: the file must already list them, or the clone
// shows tsconfig.json as modified after the first start.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
const { getTypeDefinitionGlobPatterns } = require("next/dist/lib/typescript/type-paths") as { getTypeDefinitionGlobPatterns: (distDir: string) => string[] };

describe("tsconfig.json", () => {
  it("already lists every type folder next build adds for the default build folder", () => {
    const include = (JSON.parse(readFileSync(path.join(root, "tsconfig.json"), "utf8")) as { include: string[] }).include;
    const env = process.env as Record<string, string | undefined>;
    const saved = env.NODE_ENV;
    env.NODE_ENV = "production";
    try {
      expect(include).toEqual(expect.arrayContaining(getTypeDefinitionGlobPatterns(".next")));
    } finally {
      env.NODE_ENV = saved;
    }
  });
});
