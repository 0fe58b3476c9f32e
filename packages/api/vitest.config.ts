import { defineConfig } from 'vitest/config';

// Argon2 hashing and fresh databases are slow on a busy 2-core machine; the defaults (5 s / 10 s) flake there.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['./test/support/yield-to-runner.ts'],
  },
});
