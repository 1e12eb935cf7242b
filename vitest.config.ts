import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/unit/server-only.ts") } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/unit/global-setup.ts"],
    testTimeout: 30_000,
    pool: "forks",
  },
});
