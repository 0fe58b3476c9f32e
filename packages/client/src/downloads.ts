/**
 * Downloads for typed clients: the same files the web app offers (PDF, DOCX, Markdown, JSON Resume),
 * from GET /export/..., authenticated with the bearer token.
 */
import type { JobForgeClientOptions } from './index.js';

export type DocumentType = 'research_report' | 'optimized_resume' | 'cover_letter';
export type TemplateId = 'classic' | 'modern' | 'compact';
export type PaperSize = 'a4' | 'letter';

export interface DownloadOptions {
  template?: TemplateId;
  paper?: PaperSize;
  /** The writer's day for a cover letter's date, YYYY-MM-DD (default: the server's). */
  date?: string;
}

export interface DownloadedFile {
  bytes: Uint8Array;
  contentType: string;
  /** The file name the server suggests (UTF-8). */
  filename: string;
}

export class JobForgeDownloadError extends Error {
  override name = 'JobForgeDownloadError';
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function createJobForgeDownloads(options: JobForgeClientOptions) {
  let base = options.url;
  while (base.endsWith('/')) base = base.slice(0, -1); // a loop: /\/+$/ backtracks quadratically
  const get = async (path: string, query: DownloadOptions): Promise<DownloadedFile> => {
    const search = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
    const token = typeof options.token === 'function' ? options.token() : options.token;
    const response = await (options.fetch ?? fetch)(`${base}${path}${search.size ? `?${search}` : ''}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (!response.ok) throw new JobForgeDownloadError(response.status, (await response.text()).trim());
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      filename: filenameOf(response.headers.get('content-disposition')),
    };
  };
  return {
    /** An application's research report, tailored resume or cover letter. */
    applicationDocument(
      input: { applicationId: string; type: DocumentType; format: 'pdf' | 'docx' | 'md' } & DownloadOptions,
    ) {
      const { applicationId, type, format, ...query } = input;
      return get(`/export/applications/${encodeURIComponent(applicationId)}/${type}.${format}`, query);
    },
    /** A library resume; `json` is JSON Resume. */
    resume(input: { resumeId: string; format: 'pdf' | 'docx' | 'md' | 'json' } & DownloadOptions) {
      const { resumeId, format, ...query } = input;
      return get(`/export/resumes/${encodeURIComponent(resumeId)}.${format}`, query);
    },
    /** Everything stored about the token's user, as one JSON file (read scope is enough). */
    accountData() {
      return get('/export/account.json', {});
    },
  };
}

export type JobForgeDownloads = ReturnType<typeof createJobForgeDownloads>;

function filenameOf(disposition: string | null): string {
  const encoded = disposition?.split("filename*=UTF-8''")[1]?.split(';')[0];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // fall through to the plain name
    }
  }
  return disposition?.split('filename="')[1]?.split('"')[0] ?? 'download';
}
