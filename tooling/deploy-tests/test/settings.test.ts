/** The settings named in compose, .env.example and the deployment guide are the ones the app reads. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { envSchema } from '@jobforge/config';
import { repoRoot } from './support.js';

const known = new Set(Object.keys(envSchema.shape));
// Read by compose itself or by the database container, not by the app.
const composeOnly = new Set([
  'POSTGRES_PASSWORD',
  'JOBFORGE_OWNER_PASSWORD',
  'JOBFORGE_APP_PASSWORD',
  'POSTGRES_PORT',
  'JOBFORGE_IMAGE',
  'BACKUP_KEEP',
  'RESTORE_FILE',
]);

describe('settings', () => {
  it('compose passes the app only variables it knows', () => {
    const compose = parse(readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
      services: Record<string, { environment?: Record<string, string> }>;
    };
    for (const name of Object.keys(compose.services.app!.environment!)) expect(known, name).toContain(name);
  });

  it('.env.example names only variables the app or compose reads', () => {
    const example = readFileSync(path.join(repoRoot, '.env.example'), 'utf8');
    const names = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(known.has(name) || composeOnly.has(name), name).toBe(true);
  });

  it('the deployment guide documents every variable', () => {
    const guide = readFileSync(path.join(repoRoot, 'docs/deployment.md'), 'utf8');
    for (const name of known) {
      if (name === 'NODE_ENV') continue;
      expect(guide, name).toContain(`\`${name}\``);
    }
  });
});
