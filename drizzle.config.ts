import { defineConfig } from 'drizzle-kit';

// The optional pgvector tables (schema/vectors.ts) are created by a hand-written migration that
// checks the extension is available, so drizzle-kit only sees the core schema.
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema/core.ts',
  out: './packages/db/migrations',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
});
