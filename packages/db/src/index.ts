/**
 * @jobforge/db: the schema, row-level security, and the two ways to reach the data:
 * `withUser(database, userId, fn)` on a `UserDatabase` (the normal way: RLS applies) and the
 * `AdminDatabase`'s `bypassRls` handle (named for what it skips; only sign-in lookups and maintenance
 * use it, and lint keeps it there).
 */
export * from './schema/index.js';
export * as schema from './schema/index.js';
export { createDatabase, DEFAULT_DATA_DIR, type CreateDatabaseOptions } from './create-database.js';
export { withUser, userDatabaseOf, APP_ROLE, InvalidUserIdError } from './with-user.js';
export { migrationStatus, MIGRATIONS_FOLDER, type MigrationStatus } from './migrate.js';
export { DatabaseStartError } from './errors.js';
export { DatabaseUnavailableError, ReleasedConnectionError, isDatabaseUnavailable } from './unavailable.js';
export { DEFAULT_TIMEOUTS, type DatabaseTimeouts } from './postgres.js';
export { rowsOf } from './rows.js';
export type {
  AdminDatabase,
  AdminDb,
  Capabilities,
  Database,
  Db,
  DriverName,
  Notifications,
  UserDatabase,
  UserTx,
} from './types.js';
export { isUniqueViolation, sqlStateOf } from './sql-state.js';

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
