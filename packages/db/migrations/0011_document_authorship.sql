-- Who wrote each text (which engine and model, or the user), when it was written, and from which
-- job description, so history and the application page can say so.
ALTER TABLE "document_versions" ADD COLUMN "author" varchar(100);--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "written_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "author" varchar(100);--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "posting_hash" varchar(64);--> statement-breakpoint
-- Earlier versions were only stamped when they were replaced. Version n was written when version n-1
-- was replaced; version 1 when the document was created.
UPDATE "document_versions" AS v SET "written_at" = coalesce(
  (SELECT p."created_at" FROM "document_versions" AS p WHERE p."document_id" = v."document_id" AND p."version" = v."version" - 1 LIMIT 1),
  (SELECT d."created_at" FROM "documents" AS d WHERE d."id" = v."document_id")
);
