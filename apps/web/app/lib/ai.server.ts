/**
 * Whether this server's API offers the AI procedures yet. The UI shows the phase buttons as
 * unavailable, with a reason, until it does.
 */
import type { JobForgeApi } from '@jobforge/api';

export function hasProcedure(api: JobForgeApi, path: string): boolean {
  const procedures = (api.router as { _def?: { procedures?: Record<string, unknown> } })._def?.procedures ?? {};
  return Object.prototype.hasOwnProperty.call(procedures, path);
}

export function aiAvailable(api: JobForgeApi): boolean {
  return hasProcedure(api, 'ai.runPhase') && hasProcedure(api, 'ai.onProgress');
}
