import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests run the built bundle: build it once before any test file.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
