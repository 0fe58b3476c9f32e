#!/usr/bin/env bash
# Creates Job Forge's database roles. Run once as a superuser: the postgres image runs it on first
# start (docker-entrypoint-initdb.d); on a managed server run it by hand with psql's PG* variables.
#
#   JOBFORGE_OWNER_ROLE (jobforge_owner)  owns the schema and runs the migrations. NOSUPERUSER;
#                                         BYPASSRLS because the tables force row-level security on
#                                         their owner too, and the SECURITY DEFINER function that
#                                         totals the instance's AI tokens must see every user's runs.
#                                         CREATEROLE because the first migration creates jobforge_app
#                                         when it is missing, and PostgreSQL checks that right before it
#                                         sees that the role exists (on PostgreSQL 16, CREATEROLE reaches
#                                         only roles this one administers).
#   JOBFORGE_APP_ROLE   (jobforge)        what the app logs in as. NOSUPERUSER, owns nothing, may only
#                                         read and write rows; BYPASSRLS for the auth lookups (a
#                                         session by its token, an account by its email), while every
#                                         user request switches to jobforge_app (NOBYPASSRLS) for its
#                                         transaction, where the policies apply.
#   jobforge_app                          NOLOGIN role of user transactions (created by the migrations
#                                         too; created here so that the owner need not be CREATEROLE).
# Passwords: JOBFORGE_OWNER_PASSWORD and JOBFORGE_APP_PASSWORD. Database: JOBFORGE_DATABASE (jobforge),
# or POSTGRES_DB as the image sets it.
set -euo pipefail
export PGUSER="${PGUSER:-${POSTGRES_USER:-postgres}}"

owner="${JOBFORGE_OWNER_ROLE:-jobforge_owner}"
app="${JOBFORGE_APP_ROLE:-jobforge}"
database="${JOBFORGE_DATABASE:-${POSTGRES_DB:-jobforge}}"
: "${JOBFORGE_OWNER_PASSWORD:?set JOBFORGE_OWNER_PASSWORD}"
: "${JOBFORGE_APP_PASSWORD:?set JOBFORGE_APP_PASSWORD}"

run() { psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet "$@"; }

# Cluster-wide: the roles. Passwords travel as psql variables, quoted by psql (:'name'), never in the SQL text.
run --dbname "${PGDATABASE:-postgres}" \
  -v owner="$owner" -v app="$app" \
  -v owner_password="$JOBFORGE_OWNER_PASSWORD" -v app_password="$JOBFORGE_APP_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'app') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
SELECT 'CREATE ROLE jobforge_app NOLOGIN NOBYPASSRLS NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT'
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jobforge_app') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB CREATEROLE BYPASSRLS PASSWORD %L', :'owner', :'owner_password') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS PASSWORD %L', :'app', :'app_password') \gexec
SELECT format('GRANT jobforge_app TO %I, %I', :'owner', :'app') \gexec
SQL

# The database, owned by the owner role; pgvector installed by the superuser (not a trusted extension).
run --dbname "${PGDATABASE:-postgres}" -v database="$database" -v owner="$owner" <<'SQL'
SELECT format('CREATE DATABASE %I', :'database') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'database', :'owner') \gexec
SQL

run --dbname "$database" -v owner="$owner" -v app="$app" <<'SQL'
SELECT 'CREATE EXTENSION IF NOT EXISTS vector' WHERE EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') \gexec
SELECT format('ALTER SCHEMA public OWNER TO %I', :'owner') \gexec
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- The migrations' bookkeeping schema, made here so the app can be given read access to it in advance.
SELECT format('CREATE SCHEMA IF NOT EXISTS drizzle AUTHORIZATION %I', :'owner') \gexec
SELECT format('GRANT USAGE ON SCHEMA public, drizzle TO %I', :'app') \gexec
-- What the owner creates later, the app may use: rows of tables, sequences, functions; never DDL.
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', :'owner', :'app') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', :'owner', :'app') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA drizzle GRANT SELECT ON TABLES TO %I', :'owner', :'app') \gexec
-- Run again on an existing database (after a restore, say), the same rights on what is there already.
SELECT format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', :'app') \gexec
SELECT format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', :'app') \gexec
SELECT format('GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO %I', :'app') \gexec
SQL

echo "Roles ready: $owner owns $database and runs migrations; $app is what the app logs in as."
