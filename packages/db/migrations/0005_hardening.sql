ALTER TABLE "login_attempts" ALTER COLUMN "email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "scope" varchar(16) DEFAULT 'read_write' NOT NULL;--> statement-breakpoint
ALTER TABLE "login_attempts" ADD COLUMN "kind" varchar(16) DEFAULT 'login' NOT NULL;--> statement-breakpoint
-- Sign-ups and refused sign-ups were stored with placeholder emails; they become kinds of their own.
UPDATE "login_attempts" SET "kind" = 'sign_up', "email" = NULL WHERE "email" = '(sign-up)';--> statement-breakpoint
UPDATE "login_attempts" SET "kind" = 'sign_up_refused', "email" = NULL WHERE "email" = '';--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_scope_check" CHECK ("api_tokens"."scope" in ('read', 'read_write'));--> statement-breakpoint
ALTER TABLE "login_attempts" ADD CONSTRAINT "login_attempts_kind_check" CHECK ("login_attempts"."kind" in ('login', 'sign_up', 'sign_up_refused'));--> statement-breakpoint
ALTER TABLE "login_attempts" ADD CONSTRAINT "login_attempts_email_check" CHECK (("login_attempts"."kind" = 'login') = ("login_attempts"."email" is not null));--> statement-breakpoint
-- An updated version must stay with a document of its own application, as an inserted one must
-- (the update policy checked only the application, so a version could be moved under another
-- user's document id).
ALTER POLICY document_versions_update ON document_versions
  USING (
    EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid))
  )
  WITH CHECK (
    EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid))
    AND EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND d.application_id = document_versions.application_id)
  );--> statement-breakpoint
-- The app role reads a user's own profile and may change only the name; the email, the password
-- hash and the active flag are changed by the privileged account code alone, and the hash is never
-- readable by the app role at all.
REVOKE SELECT, UPDATE ON users FROM jobforge_app;--> statement-breakpoint
GRANT SELECT (id, email, full_name, is_active, created_at, updated_at) ON users TO jobforge_app;--> statement-breakpoint
GRANT UPDATE (full_name, updated_at) ON users TO jobforge_app;
