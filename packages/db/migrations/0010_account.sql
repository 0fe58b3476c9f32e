CREATE TABLE "password_resets" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "login_attempts" DROP CONSTRAINT "login_attempts_kind_check";--> statement-breakpoint
ALTER TABLE "login_attempts" DROP CONSTRAINT "login_attempts_email_check";--> statement-breakpoint
ALTER TABLE "password_resets" ADD CONSTRAINT "password_resets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_resets_user_id_idx" ON "password_resets" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "login_attempts" ADD CONSTRAINT "login_attempts_kind_check" CHECK ("login_attempts"."kind" in ('login', 'sign_up', 'sign_up_refused', 'password_reset'));--> statement-breakpoint
ALTER TABLE "login_attempts" ADD CONSTRAINT "login_attempts_email_check" CHECK (("login_attempts"."kind" in ('login', 'password_reset')) = ("login_attempts"."email" is not null));--> statement-breakpoint
-- Reset links belong to their user like sessions do: RLS enabled and forced, one policy per command.
-- The account code reaches them through the privileged handle (the link is used before anyone is
-- signed in), so the app role needs no rights beyond what the policies would allow it.
GRANT SELECT, INSERT, UPDATE, DELETE ON password_resets TO jobforge_app;--> statement-breakpoint
ALTER TABLE password_resets ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE password_resets FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY password_resets_select ON password_resets FOR SELECT TO jobforge_app
  USING (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY password_resets_insert ON password_resets FOR INSERT TO jobforge_app
  WITH CHECK (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY password_resets_update ON password_resets FOR UPDATE TO jobforge_app
  USING (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid))
  WITH CHECK (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY password_resets_delete ON password_resets FOR DELETE TO jobforge_app
  USING (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));
