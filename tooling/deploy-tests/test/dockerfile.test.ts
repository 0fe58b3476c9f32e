/** The Dockerfile and the CI workflow say what production and CI need (no Docker engine runs here). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support.js';

const dockerfile = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
const stages = dockerfile.split(/^FROM /m).slice(1);
const runtime = stages.find((stage) => /^\S+ AS runtime/.test(stage))!;

function workspaceManifests(): string[] {
  const root = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { workspaces: string[] };
  return root.workspaces.flatMap((pattern) => {
    const parent = pattern.replace(/\/\*$/, '');
    return readdirSync(path.join(repoRoot, parent))
      .map((name) => `${parent}/${name}/package.json`)
      .filter((manifest) => existsSync(path.join(repoRoot, manifest)));
  });
}

describe('Dockerfile', () => {
  it('has deps, build, production-deps and runtime stages', () => {
    expect(stages.map((stage) => /AS (\S+)/.exec(stage)?.[1])).toEqual([
      'manifests',
      'deps',
      'build',
      'prod-deps',
      'runtime',
    ]);
  });

  it('copies every workspace manifest before installing (npm ci needs them all)', () => {
    for (const manifest of workspaceManifests()) {
      expect(dockerfile, manifest).toContain(`COPY ${manifest} ${path.dirname(manifest)}/`);
    }
  });

  it('runtime: production dependencies only, NODE_ENV=production, non-root, healthcheck, node as PID 1', () => {
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(runtime).toContain('COPY --from=prod-deps');
    expect(runtime).not.toContain('COPY --from=deps');
    expect(runtime).toMatch(/NODE_ENV=production/);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n?.*\/healthz/m);
    // The bundled server runs with plain node: no TypeScript loader, no sources in the image.
    expect(runtime).toMatch(/^CMD \["node", "apps\/web\/build\/node\/server.js"\]$/m);
    expect(runtime).not.toMatch(/COPY packages\//);
    expect(runtime).not.toMatch(/--local/);
  });

  it('keeps secrets and local state out of the build context', () => {
    const ignored = readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['.env', '.git', '**/node_modules', '.jobforge', 'backups', 'ssl'])
      expect(ignored).toContain(entry);
    expect(ignored).toContain('!.env.example');
  });
});

describe('.github/workflows/ci.yml', () => {
  const workflow = parse(readFileSync(path.join(repoRoot, '.github/workflows/ci.yml'), 'utf8')) as {
    jobs: Record<
      string,
      {
        services?: Record<string, { image: string }>;
        steps: Array<{ run?: string; uses?: string; env?: Record<string, string> }>;
      }
    >;
  };

  it('tests against PostgreSQL with pgvector as a service container', () => {
    expect(workflow.jobs.test!.services!.postgres!.image).toBe('pgvector/pgvector:0.8.0-pg16');
    const runs = workflow.jobs.test!.steps.map((step) => step.run ?? '').join('\n');
    for (const command of ['npm ci', 'npm run typecheck', 'npm run build', 'npm test']) expect(runs).toContain(command);
    expect(runs).toContain('nginx');
    expect(workflow.jobs.test!.steps.some((step) => step.env?.DATABASE_URL?.startsWith('postgres://'))).toBe(true);
  });

  it('builds the Docker image and starts it', () => {
    const docker = workflow.jobs.docker!.steps;
    expect(docker.some((step) => step.uses?.startsWith('docker/build-push-action'))).toBe(true);
    expect(docker.map((step) => step.run ?? '').join('\n')).toContain('/readyz');
  });
});
