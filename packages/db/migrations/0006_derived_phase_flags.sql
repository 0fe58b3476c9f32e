-- The phase flags repeated `status`; the API now derives them from it (one place, never stored).
ALTER TABLE "applications" DROP COLUMN "research_completed";--> statement-breakpoint
ALTER TABLE "applications" DROP COLUMN "resume_optimized";--> statement-breakpoint
ALTER TABLE "applications" DROP COLUMN "cover_letter_generated";--> statement-breakpoint
-- Never written or read: resume chunks are what the app embeds. Created by 0002 only where pgvector exists.
DROP TABLE IF EXISTS "document_embeddings";
