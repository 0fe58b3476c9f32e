/**
 * Runs the production nginx/nginx.conf on loopback for tests: the same file, with only its
 * addresses and paths moved to a temporary folder and high ports, and a throwaway certificate.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { createServer, connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export function findNginx(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port!;
}

/**
 * Distinct free ports: all are held open until every one is known, since the kernel may hand out
 * a port again as soon as a probe closes it (two listeners on one port break nginx's config).
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

export interface NginxSite {
  dir: string;
  config: string;
  cert: string;
  httpPort: number;
  httpsPort: number;
}

/** Writes a certificate for localhost/127.0.0.1 and the loopback copy of nginx.conf. */
export async function prepareSite(appPort: number): Promise<NginxSite> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jobforge-nginx-'));
  chmodSync(dir, 0o755); // workers run unprivileged and read the ACME webroot from here
  const sslDir = path.join(dir, 'ssl');
  const webroot = path.join(dir, 'certbot');
  mkdirSync(sslDir);
  mkdirSync(path.join(webroot, '.well-known/acme-challenge'), { recursive: true });
  chmodSync(webroot, 0o755);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      path.join(sslDir, 'privkey.pem'),
      '-out',
      path.join(sslDir, 'fullchain.pem'),
    ],
    { stdio: 'ignore' },
  );

  const [httpPort, httpsPort] = (await freePorts(2)) as [number, number];
  const production = readFileSync(path.join(repoRoot, 'nginx/nginx.conf'), 'utf8');
  const replacements: Array<[RegExp, string]> = [
    [/^pid .*;$/m, `pid ${dir}/nginx.pid;`],
    [/^error_log .*;$/m, `error_log ${dir}/error.log warn;`],
    [
      /access_log \/dev\/stdout jobforge;/,
      `access_log ${dir}/access.log jobforge;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;`,
    ],
    [/listen 80 default_server;/, `listen 127.0.0.1:${httpPort} default_server;`],
    [/listen 443 ssl http2 default_server;/, `listen 127.0.0.1:${httpsPort} ssl http2 default_server;`],
    [/set \$jobforge_app app:3000;/, `set $jobforge_app 127.0.0.1:${appPort};`],
    [/\/etc\/nginx\/ssl\//g, `${sslDir}/`],
    [/\/var\/www\/certbot/g, webroot],
    [/\/etc\/nginx\/jobforge\//g, `${path.join(repoRoot, 'nginx')}/`],
  ];
  let config = production;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(config)) throw new Error(`nginx.conf no longer contains ${pattern}; update the test harness`);
    config = config.replace(pattern, replacement);
  }
  const configPath = path.join(dir, 'nginx.conf');
  writeFileSync(configPath, config);
  return {
    dir,
    config: configPath,
    cert: readFileSync(path.join(sslDir, 'fullchain.pem'), 'utf8'),
    httpPort,
    httpsPort,
  };
}

export function testConfig(nginx: string, site: NginxSite): { ok: boolean; output: string } {
  try {
    const output = execFileSync(nginx, ['-t', '-e', `${site.dir}/error.log`, '-p', site.dir, '-c', site.config], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const failure = error as { stderr?: string; stdout?: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

export async function startNginx(nginx: string, site: NginxSite): Promise<ChildProcess> {
  const child = spawn(nginx, ['-e', `${site.dir}/error.log`, '-p', site.dir, '-c', site.config, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const deadline = Date.now() + 15_000;
  while (!(await accepts(site.httpsPort))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`nginx did not start: ${stderr}${readIfExists(path.join(site.dir, 'error.log'))}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return child;
}

export async function stopNginx(child: ChildProcess | undefined, site: NginxSite | undefined): Promise<void> {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  if (site) rmSync(site.dir, { recursive: true, force: true });
}

function readIfExists(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface HttpsResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** When each chunk of the body arrived (ms since the request started) and its text. */
  chunks: Array<{ at: number; text: string }>;
}

/** An HTTPS request that trusts the test certificate and records when body chunks arrive. */
export function httpsRequest(
  url: string,
  options: { ca: string; method?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<HttpsResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const request = https.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, ca: options.ca },
      (response) => {
        const chunks: HttpsResult['chunks'] = [];
        response.setEncoding('utf8');
        response.on('data', (text: string) => chunks.push({ at: Date.now() - started, text }));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: chunks.map((c) => c.text).join(''),
            chunks,
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}
