import { defineConfig } from 'vitest/config';

// Browser tests against the built app: one file at a time (they share 2 cores with a
// Chromium and a preview server), with timeouts that allow a cold browser start.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
