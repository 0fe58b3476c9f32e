ALTER TABLE "ai_runs" ADD COLUMN "heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_runs" ADD COLUMN "runner" varchar(120);