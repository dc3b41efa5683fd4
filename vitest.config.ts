import { defineConfig } from "vitest/config";

// Components import packages as Framework does (`npm:d3`); in Node they resolve to node_modules.
const alias = [{ find: /^npm:(.*)$/, replacement: "$1" }];

// Two projects: fast unit tests, and browser tests that build the site once
// (globalSetup) and drive it with Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/browser/**"],
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/browser/setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
