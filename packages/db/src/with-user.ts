import { sql } from 'drizzle-orm';
import { UUID_PATTERN } from '@jobforge/domain';
import type { Database, UserDatabase, UserTx } from './types.js';

/** The role every user transaction switches to: not superuser, not owner, NOBYPASSRLS. */
export const APP_ROLE = 'jobforge_app';

export class InvalidUserIdError extends Error {
  override name = 'InvalidUserIdError';
  constructor() {
    super('withUser needs a user id that is a UUID');
  }
}

/**
 * Runs `fn` in one transaction as `userId`, with row-level security in force.
 *
 * The user id and the role are both set transaction-locally (`set_config(..., true)`; setting the
 * `role` parameter is what `SET LOCAL ROLE` does), so nothing survives on the pooled connection after
 * COMMIT or ROLLBACK. Any error rolls the transaction back and is rethrown.
 */
export async function withUser<T>(database: UserDatabase, userId: string, fn: (tx: UserTx) => Promise<T>): Promise<T> {
  assertUuid(userId);
  return database.runAsUser(userId, fn);
}

/**
 * The part of `database` that request handling may hold: user transactions and capabilities, no
 * privileged handle. Calls go through to `database` at call time.
 */
export function userDatabaseOf(database: Database): UserDatabase {
  return {
    driver: database.driver,
    capabilities: database.capabilities,
    ...(database.notifications ? { notifications: database.notifications } : {}),
    runAsUser: (userId, fn) => database.runAsUser(userId, fn),
  };
}

export function assertUuid(userId: unknown): asserts userId is string {
  if (typeof userId !== 'string' || !UUID_PATTERN.test(userId)) throw new InvalidUserIdError();
}

/** One statement, one round trip: who the transaction acts for, and as which role. */
export function userContextStatement(userId: string) {
  return sql`select set_config('app.current_user_id', ${userId}, true), set_config('role', ${APP_ROLE}, true)`;
}
