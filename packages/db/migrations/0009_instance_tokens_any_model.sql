-- A running run of any model engine (Claude or an OpenAI-compatible server) holds a reservation in
-- the instance budget until it ends, as it does in the user's own budget; only the offline engine spends nothing.
CREATE OR REPLACE FUNCTION "jobforge_instance_ai_tokens"("day_start" timestamptz, "reserved_per_run" integer)
RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
  SELECT (coalesce(sum(input_tokens + output_tokens + cache_creation_tokens + ceil(cache_read_tokens / 10.0))
            FILTER (WHERE started_at >= day_start), 0)
          + count(*) FILTER (WHERE status = 'running' AND engine <> 'offline') * reserved_per_run)::bigint
  FROM public.ai_runs
  WHERE started_at >= day_start OR status = 'running'
$$;
