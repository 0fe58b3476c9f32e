/**
 * Embedding tables. They need the pgvector extension, which an external server may lack, so they are
 * NOT part of the drizzle-kit schema: the `vectors` migration creates them only where `vector` exists.
 * Query them only when `database.capabilities.vector` is true.
 */
import { index, integer, pgTable, text, uuid, varchar, vector } from 'drizzle-orm/pg-core';
import { ownerRef } from './accounts.js';
import { userResumes } from './applications.js';
import { createdAt, id } from './columns.js';

export const EMBEDDING_DIMENSIONS = 1536;

export const resumeChunkEmbeddings = pgTable(
  'resume_chunk_embeddings',
  {
    id: id(),
    userId: ownerRef(),
    resumeId: uuid('resume_id')
      .notNull()
      .references(() => userResumes.id, { onDelete: 'cascade' }),
    chunkIndex: integer('chunk_index').notNull(),
    content: text('content').notNull(),
    embedding: vector('embedding', { dimensions: EMBEDDING_DIMENSIONS }).notNull(),
    model: varchar('model', { length: 100 }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index('resume_chunk_embeddings_resume_idx').on(table.resumeId),
    index('resume_chunk_embeddings_user_idx').on(table.userId),
  ],
);
