/**
 * A short-lived, in-process copy of the session and API-token rows, so an authenticated request does
 * not pay a database round trip for its credential (decision 016). What keeps it correct:
 * - The secret is still compared with the stored hash, and expiry and the account's state are still
 *   checked, on every request: only the database read is skipped.
 * - Revocation clears the whole cache: `forgetCredentials()` runs after every auth mutation has
 *   committed (sign-out, revoke, password change or reset, email change, account deletion), before
 *   its answer is sent, and tells the other replicas through LISTEN/NOTIFY, which clear theirs.
 * - A read that was in flight while a revocation happened is not stored (generation check), so a row
 *   read before the commit cannot be cached after it.
 * - Entries live at most CREDENTIAL_CACHE_TTL_MS: the bound for changes made outside the app (psql,
 *   a replica whose listening connection was down when the notification went out).
 * The cache is off until `enableCredentialCache()`; on a PostgreSQL server it only turns on once the
 * notification channel listens, so replicas never serve from a cache they cannot hear revocations for.
 */
import type { AdminDatabase, Notifications } from '@jobforge/db';

export const CREDENTIAL_CACHE_TTL_MS = 5_000;
/** Enough for every active credential of one replica; beyond it the oldest entries go first. */
export const CREDENTIAL_CACHE_MAX_ENTRIES = 10_000;
export const CREDENTIALS_CHANNEL = 'jobforge_credentials';

interface Entry {
  row: unknown;
  storedAt: number;
}

export interface CredentialCache {
  enabled: boolean;
  generation: number;
  entries: Map<string, Entry>;
  ttlMs: number;
  /** Where revocations are announced to the other replicas (PostgreSQL server only). */
  notifications?: Notifications;
}

const caches = new WeakMap<AdminDatabase, CredentialCache>();

function cacheOf(database: AdminDatabase): CredentialCache {
  let cache = caches.get(database);
  if (!cache) {
    cache = { enabled: false, generation: 0, entries: new Map(), ttlMs: CREDENTIAL_CACHE_TTL_MS };
    caches.set(database, cache);
  }
  return cache;
}

function clear(cache: CredentialCache): void {
  cache.generation += 1;
  cache.entries.clear();
}

/**
 * Turns the cache on for this database handle (the API does, once per process). With notifications
 * (PostgreSQL), revocations from other replicas clear it; if listening fails it stays off.
 * Returns a function that stops listening and turns the cache off again.
 */
export async function enableCredentialCache(
  database: AdminDatabase & { readonly notifications?: Notifications },
  options: { ttlMs?: number; onListenError?: (error: unknown) => void } = {},
): Promise<() => Promise<void>> {
  const cache = cacheOf(database);
  if (options.ttlMs !== undefined) cache.ttlMs = options.ttlMs;
  // Set even if listening fails below: this replica's revocations must still reach the others.
  cache.notifications = database.notifications;
  let unlisten: () => Promise<void> = async () => {};
  if (cache.notifications) {
    try {
      unlisten = await cache.notifications.listen(CREDENTIALS_CHANNEL, () => clear(cache));
    } catch (error) {
      options.onListenError?.(error);
      return unlisten;
    }
  }
  clear(cache);
  cache.enabled = true;
  return async () => {
    cache.enabled = false;
    clear(cache);
    await unlisten();
  };
}

/**
 * Reads a credential row through the cache. `load` runs on a miss; nothing (null) is never cached, so
 * unknown ids cost a lookup each time, as before.
 */
export async function cachedCredential<Row>(
  database: AdminDatabase,
  id: string,
  load: () => Promise<Row | undefined>,
  now = Date.now(),
): Promise<Row | undefined> {
  const cache = caches.get(database);
  if (!cache?.enabled) return load();
  const hit = cache.entries.get(id);
  if (hit && now - hit.storedAt < cache.ttlMs) return hit.row as Row;
  const generation = cache.generation;
  const row = await load();
  if (row && cache.enabled && cache.generation === generation) {
    cache.entries.delete(id); // re-inserted last, so the Map's order stays oldest first
    cache.entries.set(id, { row, storedAt: now });
    if (cache.entries.size > CREDENTIAL_CACHE_MAX_ENTRIES) {
      cache.entries.delete(cache.entries.keys().next().value as string);
    }
  } else if (!row) {
    cache.entries.delete(id);
  }
  return row;
}

/** Drops one credential (its row was just written: lastSeenAt, renewal, expiry). */
export function forgetCredential(database: AdminDatabase, id: string): void {
  caches.get(database)?.entries.delete(id);
}

/**
 * After a change that may end credentials has committed: clears this process's cache at once and
 * tells the other replicas. A failed NOTIFY is reported, not thrown: the change itself is done, and
 * the other replicas' entries expire within CREDENTIAL_CACHE_TTL_MS anyway.
 */
export async function forgetCredentials(
  database: AdminDatabase,
  onNotifyError?: (error: unknown) => void,
): Promise<void> {
  const cache = caches.get(database);
  if (!cache) return;
  clear(cache);
  if (!cache.notifications) return;
  try {
    await cache.notifications.notify(CREDENTIALS_CHANNEL, '');
  } catch (error) {
    onNotifyError?.(error);
  }
}
