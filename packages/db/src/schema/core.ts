/** The tables drizzle-kit manages. The optional vector tables live in vectors.ts. */
export * from './accounts.js';
export * from './applications.js';
export * from './ai-runs.js';
export * from './pipeline.js';
