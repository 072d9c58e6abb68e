import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Tests that talk to the database are named *.db.test.ts; they run on PGlite, or on the
// PostgreSQL server in DATABASE_URL when it is set (`npm run test:db`).
export default defineConfig({
  test: {
    // Vitest's default leaves one core free; on a two-core machine that runs every file in
    // turn while most of them wait on Chromium or PostgreSQL. Two files at once overlap those
    // waits.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}", "e2e/**/*.test.ts"],
          exclude: ["**/*.db.test.{ts,tsx}", "**/node_modules/**"],
          globalSetup: ["test/demo-cache-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["src/**/*.db.test.{ts,tsx}", "test/**/*.db.test.{ts,tsx}"],
          globalSetup: ["test/db-global-setup.ts"],
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
