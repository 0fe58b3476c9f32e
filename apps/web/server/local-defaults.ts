/**
 * `npm start` on a laptop: no PUBLIC_URL, no TLS. Production settings refuse plain HTTP, so the
 * local start script passes --local, which fills in a loopback-only plain-HTTP address when none is
 * set. The Docker image never passes it and runs strict.
 */
export function applyLocalDefaults(env: NodeJS.ProcessEnv): { applied: boolean } {
  if (env.PUBLIC_URL?.trim()) return { applied: false };
  const port = env.PORT?.trim() || '3000';
  env.PUBLIC_URL = `http://localhost:${port}`;
  env.ALLOW_INSECURE_HTTP ??= 'true';
  env.HOST ??= '127.0.0.1';
  return { applied: true };
}
