/// <reference types="vitest/config" />
import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';
import tsconfigPaths from 'vite-tsconfig-paths';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

// Vitest loads this file too; the Remix plugin only belongs in dev and build.
const underVitest = Boolean(process.env.VITEST);

export default defineConfig({
  plugins: [
    !underVitest &&
      remix({
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_lazyRouteDiscovery: true,
          v3_singleFetch: true,
        },
      }),
    tsconfigPaths(),
  ],
  ssr: {
    // Everything is bundled (workspace packages ship TypeScript source; the UI libraries are then
    // tree-shaken, which is most of the server's start-up time); native and WASM-backed modules stay
    // external and load from node_modules at run time.
    noExternal: true,
    external: ['@node-rs/argon2', '@electric-sql/pglite', 'postgres', 'pino'],
  },
  optimizeDeps: {
    exclude: ['@node-rs/argon2', '@electric-sql/pglite'],
  },
  test: {
    include: ['app/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
