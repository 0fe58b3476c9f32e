-- Optional pgvector part. The embedded database always has the extension; an external server may not.
-- Without it this migration succeeds and does nothing: the embedding tables are absent, the app reports
-- `capabilities.vector = false` and falls back to keyword matching.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
    RAISE NOTICE 'pgvector is not available on this server: semantic matching is off';
    RETURN;
  END IF;
  BEGIN
    CREATE EXTENSION IF NOT EXISTS vector;
  EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'pgvector is installed but this role may not create it: semantic matching is off';
    RETURN;
  END;

  CREATE TABLE IF NOT EXISTS resume_chunk_embeddings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    resume_id uuid NOT NULL REFERENCES user_resumes(id) ON DELETE CASCADE,
    chunk_index integer NOT NULL,
    content text NOT NULL,
    embedding vector(1536) NOT NULL,
    model varchar(100) NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
  );
  CREATE INDEX IF NOT EXISTS resume_chunk_embeddings_resume_idx ON resume_chunk_embeddings (resume_id);
  CREATE INDEX IF NOT EXISTS resume_chunk_embeddings_user_idx ON resume_chunk_embeddings (user_id);

  CREATE TABLE IF NOT EXISTS document_embeddings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
    document_id uuid NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    embedding vector(1536) NOT NULL,
    model varchar(100) NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
  );
  CREATE INDEX IF NOT EXISTS document_embeddings_document_idx ON document_embeddings (document_id);
  CREATE INDEX IF NOT EXISTS document_embeddings_application_idx ON document_embeddings (application_id);

  GRANT SELECT, INSERT, UPDATE, DELETE ON resume_chunk_embeddings, document_embeddings TO jobforge_app;

  ALTER TABLE resume_chunk_embeddings ENABLE ROW LEVEL SECURITY;
  ALTER TABLE resume_chunk_embeddings FORCE ROW LEVEL SECURITY;
  CREATE POLICY resume_chunk_embeddings_select ON resume_chunk_embeddings FOR SELECT TO jobforge_app
    USING (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));
  CREATE POLICY resume_chunk_embeddings_insert ON resume_chunk_embeddings FOR INSERT TO jobforge_app
    WITH CHECK (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid)
      AND EXISTS (SELECT 1 FROM user_resumes r WHERE r.id = resume_id AND r.user_id = resume_chunk_embeddings.user_id));
  CREATE POLICY resume_chunk_embeddings_update ON resume_chunk_embeddings FOR UPDATE TO jobforge_app
    USING (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid))
    WITH CHECK (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid)
      AND EXISTS (SELECT 1 FROM user_resumes r WHERE r.id = resume_id AND r.user_id = resume_chunk_embeddings.user_id));
  CREATE POLICY resume_chunk_embeddings_delete ON resume_chunk_embeddings FOR DELETE TO jobforge_app
    USING (user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid));

  ALTER TABLE document_embeddings ENABLE ROW LEVEL SECURITY;
  ALTER TABLE document_embeddings FORCE ROW LEVEL SECURITY;
  CREATE POLICY document_embeddings_select ON document_embeddings FOR SELECT TO jobforge_app
    USING (EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid)));
  CREATE POLICY document_embeddings_insert ON document_embeddings FOR INSERT TO jobforge_app
    WITH CHECK (EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid))
      AND EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND d.application_id = document_embeddings.application_id));
  CREATE POLICY document_embeddings_update ON document_embeddings FOR UPDATE TO jobforge_app
    USING (EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid)))
    WITH CHECK (EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid))
      AND EXISTS (SELECT 1 FROM documents d WHERE d.id = document_id AND d.application_id = document_embeddings.application_id));
  CREATE POLICY document_embeddings_delete ON document_embeddings FOR DELETE TO jobforge_app
    USING (EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.user_id = (SELECT nullif(current_setting('app.current_user_id', true), '')::uuid)));
END $$;
