/**
 * Hourly clean-up across all users: expired sessions and password-reset links, and login attempts
 * older than any throttling window. Runs once at start and then on a timer that does not keep the process alive.
 */
import { deleteExpiredPasswordResets, deleteExpiredSessions, pruneLoginAttempts } from '@jobforge/auth';
import type { AdminDatabase } from '@jobforge/db';
import type { Logger } from '@jobforge/observability';

const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

/** Starts the clean-up; the returned function stops it. */
export function startHousekeeping(database: AdminDatabase, logger: Logger): () => void {
  const run = async () => {
    try {
      await deleteExpiredSessions(database);
      await deleteExpiredPasswordResets(database);
      await pruneLoginAttempts(database);
    } catch (error) {
      logger.warn({ err: error }, 'could not remove expired sessions and old login attempts');
    }
  };
  void run();
  const timer = setInterval(() => void run(), HOUSEKEEPING_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
