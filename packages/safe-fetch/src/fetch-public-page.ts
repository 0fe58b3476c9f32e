/**
 * Fetches a web page on a person's behalf without letting the address reach inside our network.
 * - http and https only, no user:password in the address;
 * - the host is resolved once, every address it resolves to must be public (isPublicAddress), and
 *   the connection goes to the vetted address itself (the socket's `lookup` returns it: no second
 *   lookup that DNS rebinding could answer differently);
 * - redirects are followed by hand, at most 5, each new address checked the same way;
 * - at most 2 MB and 10 s in all (resolution, connection, redirects and body); no compression, so no
 *   decompression bomb.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { isPublicAddress } from './address-guard.js';
import { SafeFetchError } from './errors.js';

export interface FetchOptions {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /**
   * For tests only: lets these addresses through the guard (the fixture server on loopback). The app
   * never sets it from configuration.
   */
  allowAddress?: (address: string) => boolean;
  /** For tests only: refuse public addresses too, so that no test ever leaves this machine. */
  denyPublic?: boolean;
  /** Resolves host names (tests inject answers; default: the system resolver). */
  resolve?: (hostname: string) => Promise<string[]>;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = { maxBytes: 2 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 5 };

export interface FetchedPage {
  /** Where the page was finally found, after redirects. */
  url: string;
  contentType: string;
  body: string;
}

const systemResolve = (hostname: string) =>
  new Promise<string[]>((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses: LookupAddress[]) =>
      error ? reject(error) : resolve(addresses.map((entry) => entry.address)),
    ),
  );

export async function fetchPublicPage(address: string, overrides: Partial<FetchOptions> = {}): Promise<FetchedPage> {
  const options = { ...DEFAULT_FETCH_OPTIONS, ...overrides };
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let url = parseUrl(address);
  for (let redirects = 0; ; redirects += 1) {
    const vetted = await vet(url, options, deadline);
    const response = await request(url, vetted, options, deadline);
    if (response.location === undefined)
      return { url: url.href, contentType: response.contentType, body: response.body };
    if (redirects >= options.maxRedirects) {
      throw new SafeFetchError('too_many_redirects', `The page redirected more than ${options.maxRedirects} times.`);
    }
    url = parseUrl(new URL(response.location, url).href);
  }
}

function parseUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new SafeFetchError('bad_url', 'This is not a web address.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SafeFetchError('bad_url', 'Only http:// and https:// addresses can be fetched.');
  }
  if (url.username || url.password)
    throw new SafeFetchError('bad_url', 'Addresses with a user name or password are not fetched.');
  return url;
}

const refused = () =>
  new SafeFetchError(
    'blocked_address',
    'This address points into a private network, so Job Forge does not fetch it. Paste the page’s HTML instead.',
  );

/** The one address the connection will use, after every address of the host passed the guard. */
async function vet(
  url: URL,
  options: FetchOptions,
  deadline: AbortSignal,
): Promise<{ address: string; family: 4 | 6 }> {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const allowed = (ip: string) => (!options.denyPublic && isPublicAddress(ip)) || Boolean(options.allowAddress?.(ip));
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await withDeadline((options.resolve ?? systemResolve)(host), deadline);
    } catch (error) {
      if (error instanceof SafeFetchError) throw error;
      throw new SafeFetchError('dns', `The site ${host} could not be found.`);
    }
  }
  if (!addresses.length || !addresses.every(allowed)) throw refused();
  const address = addresses[0]!;
  return { address, family: isIP(address) === 6 ? 6 : 4 };
}

function withDeadline<T>(work: Promise<T>, deadline: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(timedOut());
    if (deadline.aborted) return onAbort();
    deadline.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => deadline.removeEventListener('abort', onAbort));
  });
}

const timedOut = () => new SafeFetchError('timeout', 'The site did not answer within 10 seconds.');

interface RawResponse {
  location?: string;
  contentType: string;
  body: string;
}

function request(
  url: URL,
  vetted: { address: string; family: 4 | 6 },
  options: FetchOptions,
  deadline: AbortSignal,
): Promise<RawResponse> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<RawResponse>((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'GET',
        signal: deadline,
        headers: {
          'user-agent': 'JobForge/1.0 (job posting import)',
          accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5',
          'accept-encoding': 'identity',
        },
        // The socket connects to the address that passed the guard, never to a fresh lookup.
        lookup: (_hostname, lookupOptions, callback) => {
          if ((lookupOptions as { all?: boolean }).all) callback(null, [vetted] as never);
          else callback(null, vetted.address, vetted.family);
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          resolve({ location: res.headers.location, contentType: '', body: '' });
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          reject(
            new SafeFetchError(
              'http_status',
              `The site answered ${status}${
                status === 401 || status === 403 ? ' (it may need a login: paste the page’s HTML instead)' : ''
              }.`,
            ),
          );
          return;
        }
        const contentType = String(res.headers['content-type'] ?? '');
        if (contentType && !/^(text\/html|application\/xhtml\+xml|text\/plain)/i.test(contentType)) {
          res.resume();
          reject(new SafeFetchError('not_a_page', `The address is not a web page (${contentType.split(';')[0]}).`));
          return;
        }
        const declared = Number(res.headers['content-length'] ?? Number.NaN);
        if (declared > options.maxBytes) {
          res.destroy();
          reject(tooLarge(options.maxBytes));
          return;
        }
        const chunks: Buffer[] = [];
        let total = 0;
        res.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > options.maxBytes) {
            res.destroy();
            reject(tooLarge(options.maxBytes));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ contentType, body: decode(Buffer.concat(chunks), contentType) }));
        res.on('error', (error) => reject(deadline.aborted ? timedOut() : network(error)));
      },
    );
    req.on('error', (error) => reject(deadline.aborted ? timedOut() : network(error)));
    req.end();
  });
}

const tooLarge = (max: number) =>
  new SafeFetchError(
    'too_large',
    `The page is larger than ${max / 1024 / 1024} MB; paste the posting’s HTML or text instead.`,
  );
const network = (error: Error) =>
  new SafeFetchError(
    'network',
    `The site could not be reached (${(error as NodeJS.ErrnoException).code ?? error.message}).`,
  );

/** The charset the server names (or a <meta charset> in the first bytes), else UTF-8. */
function decode(body: Buffer, contentType: string): string {
  const named = contentType.split('charset=')[1]?.split(';')[0]?.trim().replace(/"/g, '');
  const head = body.subarray(0, 2048).toString('latin1').toLowerCase();
  const metaAt = head.indexOf('charset=');
  const meta =
    metaAt >= 0
      ? head
          .slice(metaAt + 8, metaAt + 40)
          .replace(/["']/g, '')
          .split(/[\s;/>]/)[0]
      : undefined;
  for (const label of [named, meta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(body);
    } catch {
      // An unknown label: try the next.
    }
  }
  return body.toString('utf8');
}
