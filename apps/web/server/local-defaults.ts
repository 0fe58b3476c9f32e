/**
 * `npm start` on a laptop: no PUBLIC_URL, no TLS. Production settings refuse plain HTTP, so the
 * local start script passes --local, which fills in a loopback-only plain-HTTP address when none is
 * set. The Docker image never passes it and runs strict.
 *
 * npm runs a workspace's script in the workspace folder; the embedded database goes to `.jobforge`
 * where `npm start` was typed (INIT_CWD, the repository root), the same folder that
 * `npm run db:migrate` and `npm run db:backup` use from there.
 */
import path from 'node:path';

export function applyLocalDefaults(env: NodeJS.ProcessEnv): { applied: boolean } {
  if (!env.JOBFORGE_DATA_DIR?.trim() && env.INIT_CWD) env.JOBFORGE_DATA_DIR = path.join(env.INIT_CWD, '.jobforge');
  if (env.PUBLIC_URL?.trim()) return { applied: false };
  const port = env.PORT?.trim() || '3000';
  env.PUBLIC_URL = `http://localhost:${port}`;
  env.ALLOW_INSECURE_HTTP ??= 'true';
  env.HOST ??= '127.0.0.1';
  return { applied: true };
}
