/**
 * `db.execute()` returns `{ rows }` on PGlite and an array on postgres.js; this reads either.
 * Prefer the query builder; use raw SQL only where it says something the builder cannot.
 */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown }).rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}
