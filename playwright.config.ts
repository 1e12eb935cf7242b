import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run against a production build served on its own port, build folder and
// database, so several runs (or a dev server) can share one machine.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

export default defineConfig({
  testDir: "tests/e2e",
  // Per port: parallel runs on one machine must not delete each other's traces.
  outputDir: `test-results/${port}`,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { baseURL, launchOptions: chromium, trace: "retain-on-failure" },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    {
      name: "phone",
      // The phone project only takes the screenshot and layout specs; behaviour runs once, on desktop.
      testMatch: /screens\.spec\.ts/,
      use: { ...devices["Pixel 7"], launchOptions: chromium },
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    // The build runs inside this timeout; on a busy two-core machine it can take several minutes.
    timeout: 900_000,
    reuseExistingServer: !process.env.CI,
    // Test-only: the article-from-a-link specs serve their pages from 127.0.0.1 (see .env.example).
    env: { E2E_PORT: String(port), ARTICLE_FETCH_ALLOW_LOOPBACK: "1" },
  },
});
