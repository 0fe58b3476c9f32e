/**
 * Shared by `npm run db:backup` and `npm run db:restore`: which database the settings name, and
 * the helpers both need. A server (DATABASE_URL) is dumped with pg_dump's custom format; the
 * embedded database (JOBFORGE_DATA_DIR) with PGlite's data-folder tarball.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Target = { kind: 'server'; url: string } | { kind: 'embedded'; dataDir: string };

export class BackupError extends Error {
  override name = 'BackupError';
}

export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): Target {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new BackupError('DATABASE_URL must be a postgres:// or postgresql:// URL.');
    return { kind: 'server', url };
  }
  return { kind: 'embedded', dataDir: path.resolve(env.JOBFORGE_DATA_DIR?.trim() || './.jobforge') };
}

/** Connection settings for the libpq tools without putting the password on a command line. */
export function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** Shows a URL without its password (for messages). */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? `${command} is not installed (PostgreSQL client tools are needed for DATABASE_URL).`
            : error.message,
        ),
      ),
    );
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else
        reject(new BackupError(`${command} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

/** The embedded database allows one process at a time: refuse while Job Forge holds the folder. */
export function assertEmbeddedIdle(dataDir: string, what: string): void {
  const lockPath = path.join(dataDir, 'jobforge.lock');
  if (existsSync(lockPath)) {
    const holder = Number(readFileSync(lockPath, 'utf8').trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
      throw new BackupError(`Job Forge (pid ${holder}) is using ${dataDir}; stop it before the ${what}.`);
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function timestamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

export function fail(error: unknown): never {
  const message = error instanceof BackupError ? error.message : (error as Error)?.message ?? String(error);
  console.error(message.split('\n')[0]);
  process.exit(1);
}

/** Relative to the working folder when inside it, absolute otherwise. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

/**
 * Feeds `consumer` the text `prefix`, then `producer`'s standard output, then `suffix`, but the
 * suffix only when the producer finished cleanly: a restore whose dump cannot be read to the end
 * never reaches its COMMIT, and the server rolls it back when psql disconnects.
 */
export function pipe(
  producer: { command: string; args: string[] },
  consumer: { command: string; args: string[] },
  text: { prefix: string; suffix: string },
  env: NodeJS.ProcessEnv,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const fullEnv = { ...process.env, ...env };
    const from = spawn(producer.command, producer.args, { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const to = spawn(consumer.command, consumer.args, { env: fullEnv, stdio: ['pipe', 'ignore', 'pipe'] });
    const errors = new Map([
      [producer.command, ''],
      [consumer.command, ''],
    ]);
    from.stderr.on('data', (chunk) => errors.set(producer.command, errors.get(producer.command) + String(chunk)));
    to.stderr.on('data', (chunk) => errors.set(consumer.command, errors.get(consumer.command) + String(chunk)));
    to.stdin.on('error', () => {}); // psql stops reading after an error; its exit code says so
    to.stdin.write(text.prefix);
    from.stdout.pipe(to.stdin, { end: false });

    let settled = false;
    const failWith = (command: string, detail: string) => {
      if (settled) return;
      settled = true;
      reject(new BackupError(`${command} failed: ${detail.trim().split('\n').slice(-3).join(' ')}`));
    };
    const notInstalled = (command: string) => (error: NodeJS.ErrnoException) =>
      failWith(
        command,
        error.code === 'ENOENT'
          ? `${command} is not installed (PostgreSQL client tools are needed for DATABASE_URL).`
          : error.message,
      );
    from.on('error', notInstalled(producer.command));
    to.on('error', notInstalled(consumer.command));

    let producerCode: number | null | undefined;
    from.on('close', (code) => {
      producerCode = code;
      if (code === 0) to.stdin.end(text.suffix);
      else to.stdin.end(); // no COMMIT: the open transaction is rolled back
    });
    to.on('close', (code) => {
      if (producerCode !== undefined && producerCode !== 0)
        failWith(producer.command, errors.get(producer.command) || `exit ${producerCode}`);
      else if (code !== 0) failWith(consumer.command, errors.get(consumer.command) || `exit ${code}`);
      else if (!settled) {
        settled = true;
        resolve();
      }
    });
  });
}
