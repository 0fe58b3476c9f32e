/**
 * A short-lived, in-process copy of the session and API-token rows, so an authenticated request does
 * not pay a database round trip for its credential (decision 016). What keeps it correct:
 * - The secret is still compared with the stored hash, and expiry and the account's state are still
 *   checked, on every request: only the database read is skipped.
 * - Revocation clears the whole cache: `forgetAll()` runs after every auth mutation has committed
 *   (sign-out, revoke, password change or reset, email change, account deletion), before its answer
 *   is sent, and tells the other replicas through LISTEN/NOTIFY, which clear theirs.
 * - A read that was in flight while a revocation happened is not stored (generation check), so a row
 *   read before the commit cannot be cached after it.
 * - Entries live at most CREDENTIAL_CACHE_TTL_MS: the bound for changes made outside the app (psql,
 *   a replica whose listening connection was down when the notification went out).
 * The cache is an object: `createApi` builds one per process and hands it to whatever reads or ends
 * credentials. It is off until `enable()`; on a PostgreSQL server it only turns on once the
 * notification channel listens, so replicas never serve from a cache they cannot hear revocations for.
 * Callers without one (tools, tests) use `noCredentialCache`, which reads the database every time.
 */
import type { Notifications } from '@jobforge/db';

export const CREDENTIAL_CACHE_TTL_MS = 5_000;
/** Enough for every active credential of one replica; beyond it the oldest entries go first. */
export const CREDENTIAL_CACHE_MAX_ENTRIES = 10_000;
export const CREDENTIALS_CHANNEL = 'jobforge_credentials';

export interface CredentialCache {
  /**
   * Turns the cache on. With notifications (PostgreSQL), only once the channel listens, so that
   * revocations from other replicas clear it; if listening fails it stays off.
   */
  enable(): Promise<void>;
  /**
   * A credential row through the cache. `load` runs on a miss; nothing (undefined) is never cached,
   * so unknown ids cost a lookup each time.
   */
  read<Row>(id: string, load: () => Promise<Row | undefined>): Promise<Row | undefined>;
  /** Drops one credential (its row was just written: lastSeenAt, renewal, expiry, deletion). */
  forget(id: string): void;
  /**
   * After a change that may end credentials has committed: clears this cache at once and tells the
   * other replicas.
   */
  forgetAll(): Promise<void>;
  /** Turns the cache off and stops listening. */
  close(): Promise<void>;
}

export interface CredentialCacheOptions {
  ttlMs?: number;
  /** Milliseconds now; tests move it instead of waiting out the TTL. */
  clock?: () => number;
  onListenError?: (error: unknown) => void;
  /**
   * A failed NOTIFY is reported here, not thrown: the change itself is done, and the other replicas'
   * entries expire within the TTL anyway.
   */
  onNotifyError?: (error: unknown) => void;
}

/** For callers without a cache (tools, tests): every read goes to the database; nothing to forget. */
export const noCredentialCache: CredentialCache = {
  enable: async () => {},
  read: (_id, load) => load(),
  forget: () => {},
  forgetAll: async () => {},
  close: async () => {},
};

interface Entry {
  row: unknown;
  storedAt: number;
}

/**
 * A cache for the credentials of `database`; its notifications (PostgreSQL server only) carry
 * revocations to and from the other replicas.
 */
export function createCredentialCache(
  database: { readonly notifications?: Notifications },
  options: CredentialCacheOptions = {},
): CredentialCache {
  const { notifications } = database;
  const ttlMs = options.ttlMs ?? CREDENTIAL_CACHE_TTL_MS;
  const clock = options.clock ?? Date.now;
  const entries = new Map<string, Entry>();
  let enabled = false;
  let generation = 0;
  let unlisten: (() => Promise<void>) | null = null;

  const clear = () => {
    generation += 1;
    entries.clear();
  };

  return {
    async enable() {
      if (enabled) return;
      if (notifications) {
        try {
          unlisten = await notifications.listen(CREDENTIALS_CHANNEL, () => clear());
        } catch (error) {
          options.onListenError?.(error);
          return;
        }
      }
      clear();
      enabled = true;
    },

    async read<Row>(id: string, load: () => Promise<Row | undefined>) {
      if (!enabled) return load();
      const now = clock();
      const hit = entries.get(id);
      if (hit && now - hit.storedAt < ttlMs) return hit.row as Row;
      const started = generation;
      const row = await load();
      if (row && enabled && generation === started) {
        entries.delete(id); // re-inserted last, so the Map's order stays oldest first
        entries.set(id, { row, storedAt: now });
        if (entries.size > CREDENTIAL_CACHE_MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      } else if (!row) {
        entries.delete(id);
      }
      return row;
    },

    forget(id) {
      entries.delete(id);
    },

    // Announced even while this cache is off (listening failed): the other replicas' caches may be on.
    async forgetAll() {
      clear();
      if (!notifications) return;
      try {
        await notifications.notify(CREDENTIALS_CHANNEL, '');
      } catch (error) {
        options.onNotifyError?.(error);
      }
    },

    async close() {
      enabled = false;
      clear();
      const stop = unlisten;
      unlisten = null;
      await stop?.();
    },
  };
}
