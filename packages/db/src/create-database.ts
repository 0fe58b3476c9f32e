/**
 * createDatabase(): the one way the app gets a database.
 * - `url` set: an external PostgreSQL server through postgres.js.
 * - otherwise: embedded PGlite in `dataDir` (default ./.jobforge), which always has pgvector.
 * Both are migrated on open, so a fresh machine needs no set-up step.
 */
import { detectVector, migratePgliteClient, migratePostgresUrl } from './migrate.js';
import { openPglite } from './pglite.js';
import { openPostgres, type DatabaseTimeouts } from './postgres.js';
import type { Database } from './types.js';

export interface CreateDatabaseOptions {
  url?: string;
  dataDir?: string;
  poolSize?: number;
  /** Statement, connect and idle-in-transaction timeouts on a server (defaults: 5 s, 5 s, 30 s). */
  timeouts?: Partial<DatabaseTimeouts>;
  /** Apply migrations on open (default true). */
  migrate?: boolean;
  /** Told once when semantic matching is off for lack of pgvector. */
  onNotice?: (message: string) => void;
}

export const DEFAULT_DATA_DIR = './.jobforge';

export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<Database> {
  const migrate = options.migrate ?? true;
  if (options.url) {
    if (migrate) await migratePostgresUrl(options.url);
    const database = await openPostgres({ url: options.url, poolSize: options.poolSize, timeouts: options.timeouts });
    const vector = await detectVector(database.bypassRls);
    if (!vector) {
      options.onNotice?.(
        'PostgreSQL has no pgvector extension: semantic matching is off; resumes are matched by keywords.',
      );
    }
    return { ...database, capabilities: { vector } };
  }
  const { database, client } = await openPglite({ dataDir: options.dataDir ?? DEFAULT_DATA_DIR });
  if (migrate) {
    try {
      await migratePgliteClient(client);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}
