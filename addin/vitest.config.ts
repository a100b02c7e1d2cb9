import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "pane-tests/**/*.test.{ts,tsx}", "e2e/**/*.test.ts"],
    // The whole project (sources and tests) must type-check before any test runs.
    globalSetup: ["test/setup/typecheck.ts", "e2e/setup/build.ts"],
    // Two cores here; the suite is small and CPU-bound.
    maxWorkers: 2,
  },
});
