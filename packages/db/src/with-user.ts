import { sql } from 'drizzle-orm';
import type { Database, UserTx } from './types.js';

/** The role every user transaction switches to: not superuser, not owner, NOBYPASSRLS. */
export const APP_ROLE = 'jobforge_app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
export async function withUser<T>(database: Database, userId: string, fn: (tx: UserTx) => Promise<T>): Promise<T> {
  assertUuid(userId);
  return database.runAsUser(userId, fn);
}

export function assertUuid(userId: unknown): asserts userId is string {
  if (typeof userId !== 'string' || !UUID.test(userId)) throw new InvalidUserIdError();
}

/** One statement, one round trip: who the transaction acts for, and as which role. */
export function userContextStatement(userId: string) {
  return sql`select set_config('app.current_user_id', ${userId}, true), set_config('role', ${APP_ROLE}, true)`;
}
