-- The instance's AI tokens today, all users together, for the claiming transaction: that transaction
-- runs as jobforge_app under row-level security and sees one user's runs only, and reading through
-- another connection while it holds the claim lock could wait on the pool forever. SECURITY DEFINER
-- runs it as the migrating role (which reads every run); it returns one number, never a row.
CREATE FUNCTION "jobforge_instance_ai_tokens"("day_start" timestamptz, "reserved_per_run" integer)
RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
  SELECT (coalesce(sum(input_tokens + output_tokens + cache_creation_tokens + ceil(cache_read_tokens / 10.0))
            FILTER (WHERE started_at >= day_start), 0)
          + count(*) FILTER (WHERE status = 'running' AND engine = 'claude') * reserved_per_run)::bigint
  FROM public.ai_runs
  WHERE started_at >= day_start OR status = 'running'
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION "jobforge_instance_ai_tokens"(timestamptz, integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION "jobforge_instance_ai_tokens"(timestamptz, integer) TO jobforge_app;
