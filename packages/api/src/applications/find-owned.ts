import { applications, type UserTx } from '@jobforge/db';
import { ownedRow } from '../shared/owned-rows.js';
import { notFound } from '../errors.js';

/**
 * Row-level security already hides other users' applications; the explicit owner condition keeps
 * the query honest on its own. Missing and foreign look the same: NOT_FOUND.
 */
export async function requireOwnedApplication(db: UserTx, userId: string, applicationId: string, lock = false) {
  const query = db
    .select({ id: applications.id, status: applications.status })
    .from(applications)
    .where(ownedRow(applications, applicationId, userId))
    .limit(1);
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Application');
  return row;
}

/** The owner columns of a new row on one of the user's applications, once that application is theirs. */
export async function ownedApplicationKeys(db: UserTx, userId: string, applicationId: string) {
  await requireOwnedApplication(db, userId, applicationId);
  return { userId, applicationId };
}
