/**
 * The row authentication needs for one session or API token, with its account, by id. It runs on
 * every authenticated request, so its statement is built and prepared once per database.
 */
import { eq, sql, users, type AdminDatabase, type AdminDb, type apiTokens, type sessions } from '@jobforge/db';

export const authUserColumns = { id: users.id, email: users.email, fullName: users.fullName } as const;

type Columns = NonNullable<Parameters<AdminDb['select']>[0]>;

/** `find(database, id)` for `table`: the account, its state, the secret's hash and the `extra` columns. */
export function credentialLookup<Extra extends Columns>(
  statementName: string,
  table: typeof sessions | typeof apiTokens,
  extra: Extra,
) {
  const prepare = (database: AdminDatabase) =>
    database.bypassRls
      .select({ user: authUserColumns, isActive: users.isActive, secretHash: table.secretHash, ...extra })
      .from(table)
      .innerJoin(users, eq(users.id, table.userId))
      .where(eq(table.id, sql.placeholder('id')))
      .limit(1)
      .prepare(statementName);
  const prepared = new WeakMap<AdminDatabase, ReturnType<typeof prepare>>();
  return async function find(database: AdminDatabase, id: string) {
    let lookup = prepared.get(database);
    if (!lookup) {
      lookup = prepare(database);
      prepared.set(database, lookup);
    }
    const [row] = await lookup.execute({ id });
    return row;
  };
}
