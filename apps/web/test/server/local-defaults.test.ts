import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '@jobforge/config';
import { applyLocalDefaults } from '../../server/local-defaults.js';

describe('--local (npm start on one machine)', () => {
  it('serves plain HTTP on loopback at localhost:PORT when no PUBLIC_URL is set', () => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'production', PORT: '3100' } as NodeJS.ProcessEnv;
    expect(applyLocalDefaults(env).applied).toBe(true);
    const config = loadConfig(env);
    expect(config).toMatchObject({
      publicUrl: 'http://localhost:3100',
      allowInsecureHttp: true,
      host: '127.0.0.1',
      isProduction: true,
    });
  });

  it('keeps an explicit PUBLIC_URL and its strictness', () => {
    const env = { NODE_ENV: 'production', PUBLIC_URL: 'http://jobs.example.com' } as NodeJS.ProcessEnv;
    expect(applyLocalDefaults(env).applied).toBe(false);
    expect(() => loadConfig(env)).toThrow(/PUBLIC_URL: production needs an https:\/\/ URL/);
  });

  it('puts the embedded database where npm start was typed, unless JOBFORGE_DATA_DIR says otherwise', () => {
    const typedAt = { INIT_CWD: '/home/sam/jobforge' } as unknown as NodeJS.ProcessEnv;
    applyLocalDefaults(typedAt);
    expect(typedAt.JOBFORGE_DATA_DIR).toBe(path.join('/home/sam/jobforge', '.jobforge'));
    const chosen = { INIT_CWD: '/home/sam/jobforge', JOBFORGE_DATA_DIR: '/srv/data' } as unknown as NodeJS.ProcessEnv;
    applyLocalDefaults(chosen);
    expect(chosen.JOBFORGE_DATA_DIR).toBe('/srv/data');
  });
});
