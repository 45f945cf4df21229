import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The preload and main-process tests run the built files; this builds them when a source is newer.
    globalSetup: ['tests/unit/helpers/node-build-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
  },
});
