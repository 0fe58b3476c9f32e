import { and, eq, ne, userResumes, type UserTx } from '@jobforge/db';

/**
 * Clears the user's current primary resume, other than `keepId`. Runs in the caller's transaction
 * right before a resume is made primary, so the switch is atomic and the one-primary index holds.
 */
export async function clearPrimaryResume(db: UserTx, userId: string, keepId?: string) {
  await db
    .update(userResumes)
    .set({ isPrimary: false, updatedAt: new Date() })
    .where(and(eq(userResumes.userId, userId), eq(userResumes.isPrimary, true), ...(keepId ? [ne(userResumes.id, keepId)] : [])));
}
