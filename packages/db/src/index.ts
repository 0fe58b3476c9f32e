/**
 * @jobforge/db: the schema, row-level security, and the two ways to reach the data:
 * `withUser(database, userId, fn)` (the normal way: RLS applies) and `database.bypassRls`
 * (named for what it skips; only the auth module's narrow lookups and maintenance use it).
 */
export * from './schema/index.js';
export * as schema from './schema/index.js';
export { createDatabase, DEFAULT_DATA_DIR, type CreateDatabaseOptions } from './create-database.js';
export { withUser, APP_ROLE, InvalidUserIdError } from './with-user.js';
export { migrationStatus, MIGRATIONS_FOLDER, type MigrationStatus } from './migrate.js';
export { DatabaseStartError } from './errors.js';
export { DatabaseUnavailableError, ReleasedConnectionError, isDatabaseUnavailable } from './unavailable.js';
export { DEFAULT_TIMEOUTS, type DatabaseTimeouts } from './postgres.js';
export { rowsOf } from './rows.js';
export type { Capabilities, Database, Db, DriverName, Notifications, UserTx } from './types.js';

// The query helpers, re-exported so that the whole monorepo shares this package's drizzle-orm.
export {
  sql,
  eq,
  ne,
  and,
  or,
  not,
  desc,
  asc,
  inArray,
  notInArray,
  isNull,
  isNotNull,
  gt,
  gte,
  lt,
  lte,
  count,
  like,
  ilike,
  exists,
  getTableColumns,
  cosineDistance,
  type SQL,
  type InferSelectModel,
  type InferInsertModel,
} from 'drizzle-orm';
