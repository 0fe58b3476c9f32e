/**
 * The download addresses (a contract with typed clients and bookmarks):
 *   GET /export/applications/:applicationId/:type.(pdf|docx|md)   type: research_report | optimized_resume | cover_letter
 *   GET /export/resumes/:resumeId.(pdf|docx|md|json)               json: JSON Resume
 *   GET /export/account.json                                        everything of the signed-in person
 * with optional ?template=classic|modern|compact&paper=a4|letter&date=YYYY-MM-DD (the writer's day, for
 * letters) and inline=1 (open in the browser rather than save).
 */
import { DOCUMENT_TYPES, type DocumentType } from '@jobforge/domain';
import {
  isPaperSize,
  isTemplateId,
  TEMPLATE_IDS,
  PAPER_SIZES,
  type PaperSize,
  type TemplateId,
} from '@jobforge/export';

export const EXPORT_PREFIX = '/export/';
export const ACCOUNT_EXPORT_PATH = '/export/account.json';

export type ExportTarget =
  | { kind: 'application'; applicationId: string; type: DocumentType; format: 'pdf' | 'docx' | 'md' }
  | { kind: 'resume'; resumeId: string; format: 'pdf' | 'docx' | 'md' | 'json' }
  | { kind: 'account' };

export interface ExportOptions {
  template?: TemplateId;
  paper?: PaperSize;
  /** YYYY-MM-DD */
  date?: string;
  /** Shown in the browser (the template picker's "Open the PDF") instead of saved. */
  inline?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const APPLICATION_FORMATS = ['pdf', 'docx', 'md'] as const;
const RESUME_FORMATS = ['pdf', 'docx', 'md', 'json'] as const;

/** The target of a download path, or null when the path names nothing we serve (answered 404). */
export function parseExportPath(pathname: string): ExportTarget | null {
  if (!pathname.startsWith(EXPORT_PREFIX)) return null;
  if (pathname === ACCOUNT_EXPORT_PATH) return { kind: 'account' };
  const parts = pathname.slice(EXPORT_PREFIX.length).split('/');
  if (parts[0] === 'applications' && parts.length === 3) {
    const [name, format] = splitExtension(parts[2]!);
    if (!UUID.test(parts[1]!) || !includes(DOCUMENT_TYPES, name) || !includes(APPLICATION_FORMATS, format)) return null;
    return { kind: 'application', applicationId: parts[1]!.toLowerCase(), type: name, format };
  }
  if (parts[0] === 'resumes' && parts.length === 2) {
    const [id, format] = splitExtension(parts[1]!);
    if (!UUID.test(id) || !includes(RESUME_FORMATS, format)) return null;
    return { kind: 'resume', resumeId: id.toLowerCase(), format };
  }
  return null;
}

/** The query's options, or the message naming the parameter that is wrong. */
export function parseExportOptions(search: URLSearchParams): { options: ExportOptions } | { error: string } {
  const options: ExportOptions = {};
  const template = search.get('template');
  if (template !== null && template !== '') {
    if (!isTemplateId(template)) return { error: `template: must be one of ${TEMPLATE_IDS.join(', ')}` };
    options.template = template;
  }
  const paper = search.get('paper');
  if (paper !== null && paper !== '') {
    if (!isPaperSize(paper)) return { error: `paper: must be one of ${PAPER_SIZES.join(', ')}` };
    options.paper = paper;
  }
  const date = search.get('date');
  if (date !== null && date !== '') {
    if (!isCalendarDate(date)) return { error: 'date: must be a day written YYYY-MM-DD' };
    options.date = date;
  }
  if (search.get('inline') === '1') options.inline = true;
  return { options };
}

function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
}

function includes<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
