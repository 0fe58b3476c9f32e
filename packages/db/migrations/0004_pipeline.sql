CREATE TABLE "application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" varchar(10) NOT NULL,
	"from_stage" varchar(20),
	"to_stage" varchar(20),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_events_kind_check" CHECK ("application_events"."kind" in ('stage', 'note')),
	CONSTRAINT "application_events_stage_check" CHECK (("application_events"."kind" = 'stage') = ("application_events"."to_stage" is not null) and ("application_events"."from_stage" is null or "application_events"."from_stage" in ('saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn')) and ("application_events"."to_stage" is null or "application_events"."to_stage" in ('saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn')))
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_user_key" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"name" varchar(255) NOT NULL,
	"email" varchar(255),
	"role" varchar(255),
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"title" varchar(255) NOT NULL,
	"kind" varchar(20) DEFAULT 'task' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"suggested" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminders_kind_check" CHECK ("reminders"."kind" in ('task', 'follow_up', 'interview'))
);
--> statement-breakpoint
CREATE TABLE "sent_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"document_type" varchar(50) NOT NULL,
	"version" integer NOT NULL,
	"content" text NOT NULL,
	"source" varchar(10) NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sent_documents_type_check" CHECK ("sent_documents"."document_type" in ('research_report', 'optimized_resume', 'cover_letter')),
	CONSTRAINT "sent_documents_source_check" CHECK ("sent_documents"."source" in ('user', 'ai'))
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "stage" varchar(20) DEFAULT 'saved' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "furthest_stage" varchar(20) DEFAULT 'saved' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "applied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "sent_tailored" boolean;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "sent_base_resume_id" uuid;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "sent_base_resume_name" varchar(255);--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "sent_match_score" smallint;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sent_documents" ADD CONSTRAINT "sent_documents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sent_documents" ADD CONSTRAINT "sent_documents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_application_idx" ON "application_events" USING btree ("application_id","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "application_events_user_occurred_idx" ON "application_events" USING btree ("user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "contacts_application_idx" ON "contacts" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE INDEX "contacts_user_idx" ON "contacts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "reminders_user_open_due_idx" ON "reminders" USING btree ("user_id","due_at") WHERE "reminders"."completed_at" is null;--> statement-breakpoint
CREATE INDEX "reminders_application_idx" ON "reminders" USING btree ("application_id","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sent_documents_application_type_key" ON "sent_documents" USING btree ("application_id","document_type");--> statement-breakpoint
CREATE INDEX "sent_documents_user_idx" ON "sent_documents" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_stage_check" CHECK ("applications"."stage" in ('saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn'));--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_furthest_stage_check" CHECK ("applications"."furthest_stage" in ('saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn'));--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_sent_match_score_check" CHECK ("applications"."sent_match_score" between 0 and 100);--> statement-breakpoint
-- Hand-written from here on (drizzle-kit knows nothing of data or row-level security).
-- Existing applications start in `saved` (the default above), in that stage since they were created.
-- Nothing in the earlier schema recorded that an application was sent, so none starts in `applied`.
UPDATE applications SET stage_changed_at = created_at;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON application_events, reminders, contacts, sent_documents, calendar_feeds TO jobforge_app;
--> statement-breakpoint
-- Rows owned through user_id that hang off an application: the owner is me, and a write may only
-- name one of my applications (the foreign key alone would accept someone else's).
DO $$
DECLARE
  t text;
  owner_is_me constant text := 'user_id = (SELECT nullif(current_setting(''app.current_user_id'', true), '''')::uuid)';
  my_application constant text := 'EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.user_id = (SELECT nullif(current_setting(''app.current_user_id'', true), '''')::uuid))';
BEGIN
  FOREACH t IN ARRAY ARRAY['application_events', 'reminders', 'contacts', 'sent_documents'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO jobforge_app USING (%s)', t || '_select', t, owner_is_me);
    EXECUTE format('CREATE POLICY %I ON %I FOR INSERT TO jobforge_app WITH CHECK (%s AND %s)', t || '_insert', t, owner_is_me, my_application);
    EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE TO jobforge_app USING (%s) WITH CHECK (%s AND %s)', t || '_update', t, owner_is_me, owner_is_me, my_application);
    EXECUTE format('CREATE POLICY %I ON %I FOR DELETE TO jobforge_app USING (%s)', t || '_delete', t, owner_is_me);
  END LOOP;
END $$;
--> statement-breakpoint
ALTER TABLE calendar_feeds ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE calendar_feeds FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY calendar_feeds_select ON calendar_feeds FOR SELECT TO jobforge_app
  USING (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));
--> statement-breakpoint
CREATE POLICY calendar_feeds_insert ON calendar_feeds FOR INSERT TO jobforge_app
  WITH CHECK (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));
--> statement-breakpoint
CREATE POLICY calendar_feeds_update ON calendar_feeds FOR UPDATE TO jobforge_app
  USING (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid))
  WITH CHECK (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));
--> statement-breakpoint
CREATE POLICY calendar_feeds_delete ON calendar_feeds FOR DELETE TO jobforge_app
  USING (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));
