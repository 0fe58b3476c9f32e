import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/index.js';

const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://jobs.example.com' };

describe('loadConfig', () => {
  it('works with no environment at all (development defaults)', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.database.dataDir).toBe('./.jobforge');
    expect(config.trustProxy).toBe(false);
    expect(config.shutdownTimeoutMs).toBe(10_000);
    expect(config.quotas).toEqual({
      applications: 2_000,
      resumes: 50,
      versionsPerDocument: 50,
      storageBytes: 100 * 1024 * 1024,
    });
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['DATABASE_POOL_SIZE', { DATABASE_POOL_SIZE: '0' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'jobs.example.com' }],
    ['ANTHROPIC_BASE_URL', { ANTHROPIC_BASE_URL: 'ftp://x' }],
    ['OPENAI_BASE_URL', { OPENAI_BASE_URL: 'not a url' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['ALLOW_INSECURE_HTTP', { ALLOW_INSECURE_HTTP: 'maybe' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'everyone please' }],
    ['SHUTDOWN_TIMEOUT_MS', { SHUTDOWN_TIMEOUT_MS: '-1' }],
    ['JOBFORGE_DAILY_TOKEN_BUDGET', { JOBFORGE_DAILY_TOKEN_BUDGET: '1.5' }],
    ['JOBFORGE_MAX_RUNS_PER_USER', { JOBFORGE_MAX_RUNS_PER_USER: '1000' }],
    ['JOBFORGE_MAX_APPLICATIONS_PER_USER', { JOBFORGE_MAX_APPLICATIONS_PER_USER: '0' }],
    ['JOBFORGE_MAX_RESUMES_PER_USER', { JOBFORGE_MAX_RESUMES_PER_USER: 'many' }],
    ['JOBFORGE_MAX_VERSIONS_PER_DOCUMENT', { JOBFORGE_MAX_VERSIONS_PER_DOCUMENT: '-5' }],
    ['JOBFORGE_MAX_STORAGE_MB_PER_USER', { JOBFORGE_MAX_STORAGE_MB_PER_USER: '2.5' }],
    ['PUBLIC_URL', { NODE_ENV: 'production' }],
    ['PUBLIC_URL', { NODE_ENV: 'production', PUBLIC_URL: 'http://jobs.example.com' }],
  ])('names %s in one line when it is bad', (variable, env) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(new RegExp(`^Invalid environment variable ${variable}: `));
    expect(message).not.toContain('\n');
  });

  it('accepts production over https, or plain HTTP only when told to', () => {
    expect(loadConfig(production).isProduction).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://localhost:3000', ALLOW_INSECURE_HTTP: 'true' })
        .allowInsecureHttp,
    ).toBe(true);
  });

  it('reads proxy trust as false, a hop count or a list', () => {
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, uniquelocal,10.0.0.0/8' }).trustProxy).toBe(
      'loopback, uniquelocal, 10.0.0.0/8',
    );
  });

  it('takes CLAUDE_API_KEY as an alias and treats blank values as unset', () => {
    expect(loadConfig({ CLAUDE_API_KEY: 'k1' }).anthropic.apiKey).toBe('k1');
    expect(loadConfig({ ANTHROPIC_API_KEY: 'k2', CLAUDE_API_KEY: 'k1' }).anthropic.apiKey).toBe('k2');
    expect(loadConfig({ DATABASE_URL: '  ', PORT: '' }).database.url).toBeUndefined();
  });
});
