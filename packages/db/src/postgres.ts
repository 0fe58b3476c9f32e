/** An external PostgreSQL server through postgres.js. */
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { DatabaseStartError, describeConnectError } from './errors.js';
import * as schema from './schema/index.js';
import type { Database, Db } from './types.js';
import { userContextStatement } from './with-user.js';

export interface PostgresOptions {
  url: string;
  poolSize?: number;
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const max = options.poolSize ?? 10;
  const client = postgres(options.url, {
    max,
    onnotice: () => {},
    connect_timeout: 10,
    connection: { application_name: 'jobforge' },
  });
  try {
    const [role] = await client<{ privileged: boolean }[]>`
      select (rolsuper or rolbypassrls) as privileged from pg_roles where rolname = current_user`;
    if (!role?.privileged) {
      throw new DatabaseStartError(
        'The DATABASE_URL role must be a superuser or have BYPASSRLS: sign-in looks users up before any user is known. ' +
          'Grant it with: ALTER ROLE <name> BYPASSRLS;',
      );
    }
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    if (error instanceof DatabaseStartError) throw error;
    throw describeConnectError(error, options.url);
  }

  const db = drizzle({ client, schema }) as unknown as Db;
  return {
    driver: 'postgres',
    capabilities: { vector: false }, // filled in by createDatabase after migrations
    bypassRls: db,
    poolStats: () => ({ size: max, max }),
    runAsUser: (userId, fn) =>
      db.transaction(async (tx) => {
        await tx.execute(userContextStatement(userId));
        return fn(tx as unknown as Db);
      }),
    close: () => client.end({ timeout: 5 }),
  };
}
