-- Row-level security: the tenant boundary.
--
-- The application runs its queries as `jobforge_app` (NOLOGIN, NOBYPASSRLS, owner of nothing), which
-- withUser() switches to for the length of one transaction. Every tenant table has RLS enabled AND
-- forced, one policy per command, and an explicit WITH CHECK on writes. The current user is read from
-- the transaction-local setting `app.current_user_id`; with no setting the expression is NULL and every
-- policy matches nothing (fail closed). The expression sits in a sub-select so it is evaluated once per
-- statement rather than once per row.

DO $$
BEGIN
  CREATE ROLE jobforge_app NOLOGIN NOBYPASSRLS NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- roles are cluster-wide: another database on this server created it already
END $$;
--> statement-breakpoint
-- The connecting role must be able to SET ROLE to it (superusers always can).
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'jobforge_app', 'MEMBER') THEN
    EXECUTE format('GRANT jobforge_app TO %I', current_user);
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO jobforge_app;
--> statement-breakpoint
GRANT SELECT, UPDATE, DELETE ON users TO jobforge_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, api_tokens, applications, documents, document_versions, user_resumes, ai_runs TO jobforge_app;
--> statement-breakpoint
-- login_attempts belongs to no user: RLS on with no policy and no grant, so only the privileged handle sees it.
ALTER TABLE login_attempts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE login_attempts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint

-- users: the owner is the row itself.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY users_select ON users FOR SELECT TO jobforge_app
  USING (id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));
--> statement-breakpoint
CREATE POLICY users_insert ON users FOR INSERT TO jobforge_app
  WITH CHECK (id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));
--> statement-breakpoint
CREATE POLICY users_update ON users FOR UPDATE TO jobforge_app
  USING (id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid))
  WITH CHECK (id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));
--> statement-breakpoint
CREATE POLICY users_delete ON users FOR DELETE TO jobforge_app
  USING (id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));
--> statement-breakpoint

-- Tables owned directly through user_id.
DO $$
DECLARE
  t text;
  owner_is_me constant text := 'user_id = (SELECT nullif(current_setting(''app.current_user_id'', true), '''')::uuid)';
BEGIN
  FOREACH t IN ARRAY ARRAY['sessions', 'api_tokens', 'applications', 'user_resumes'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO jobforge_app USING (%s)', t || '_select', t, owner_is_me);
    EXECUTE format('CREATE POLICY %I ON %I FOR INSERT TO jobforge_app WITH CHECK (%s)', t || '_insert', t, owner_is_me);
    EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE TO jobforge_app USING (%s) WITH CHECK (%s)', t || '_update', t, owner_is_me, owner_is_me);
    EXECUTE format('CREATE POLICY %I ON %I FOR DELETE TO jobforge_app USING (%s)', t || '_delete', t, owner_is_me);
  END LOOP;
END $$;
--> statement-breakpoint

-- Child tables: protected through their application's owner. The sub-query on applications is itself
-- filtered by the applications policies, so a foreign application is simply invisible.
DO $$
DECLARE
  t text;
  my_application constant text := 'EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.user_id = (SELECT nullif(current_setting(''app.current_user_id'', true), '''')::uuid))';
BEGIN
  FOREACH t IN ARRAY ARRAY['documents', 'document_versions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO jobforge_app USING (%s)', t || '_select', t, my_application);
    EXECUTE format('CREATE POLICY %I ON %I FOR INSERT TO jobforge_app WITH CHECK (%s)', t || '_insert', t, my_application);
    EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE TO jobforge_app USING (%s) WITH CHECK (%s)', t || '_update', t, my_application, my_application);
    EXECUTE format('CREATE POLICY %I ON %I FOR DELETE TO jobforge_app USING (%s)', t || '_delete', t, my_application);
  END LOOP;
END $$;
--> statement-breakpoint
-- A version must also belong to a document of the same application (the foreign key alone would not
-- stop a row that pairs my application with someone else's document id).
ALTER POLICY document_versions_insert ON document_versions
  WITH CHECK (
    EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid))
    AND EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND d.application_id = document_versions.application_id)
  );
--> statement-breakpoint

-- ai_runs: owned by user_id, and a run may only be written against one of the user's applications.
ALTER TABLE ai_runs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE ai_runs FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ai_runs_select ON ai_runs FOR SELECT TO jobforge_app
  USING (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));
--> statement-breakpoint
CREATE POLICY ai_runs_insert ON ai_runs FOR INSERT TO jobforge_app
  WITH CHECK (
    user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid)
    AND EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.user_id = ai_runs.user_id)
  );
--> statement-breakpoint
CREATE POLICY ai_runs_update ON ai_runs FOR UPDATE TO jobforge_app
  USING (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid))
  WITH CHECK (
    user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid)
    AND EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.user_id = ai_runs.user_id)
  );
--> statement-breakpoint
CREATE POLICY ai_runs_delete ON ai_runs FOR DELETE TO jobforge_app
  USING (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));
