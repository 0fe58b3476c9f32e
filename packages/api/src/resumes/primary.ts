import { TRPCError } from '@trpc/server';
import { and, eq, ne, userResumes, type UserTx, isUniqueViolation } from '@jobforge/db';

/**
 * Clears the user's current primary resume, other than `keepId`. Runs in the caller's transaction
 * right before a resume is made primary, so the switch is atomic and the one-primary index holds.
 */
export async function clearPrimaryResume(db: UserTx, userId: string, keepId?: string) {
  await db
    .update(userResumes)
    .set({ isPrimary: false, updatedAt: new Date() })
    .where(
      and(
        eq(userResumes.userId, userId),
        eq(userResumes.isPrimary, true),
        ...(keepId ? [ne(userResumes.id, keepId)] : []),
      ),
    );
}

/**
 * Two simultaneous switches can both pass the clear step; the one-primary index then refuses the
 * second, which is reported as a conflict to retry rather than as a server error.
 */
export function primaryRaceOr(error: unknown): unknown {
  if (!isUniqueViolation(error)) return error;
  return new TRPCError({ code: 'CONFLICT', message: 'Your primary resume was changed at the same moment; try again.' });
}

/** The primary resume is what the phases tailor; a writing sample only teaches the letter your voice. */
export const WRITING_SAMPLE_NOT_PRIMARY = 'a writing sample cannot be the primary resume';
