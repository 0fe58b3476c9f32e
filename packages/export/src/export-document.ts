/**
 * One entry point for every download: a Markdown document in, a file out (PDF, DOCX, Markdown or,
 * for resumes, JSON Resume). Pure: no database, no network, no file system beyond the fonts.
 */
import { markSubtitles, type Block } from './markdown/blocks.js';
import { parseMarkdown } from './markdown/parse-markdown.js';
import { letterheadFor, type LetterContact } from './letterhead.js';
import type { DocumentKind } from './document-kind.js';
import { DEFAULT_PAPER, DEFAULT_TEMPLATE, type PaperSize, type TemplateId } from './templates.js';
import { toJsonResume } from './resume/to-json-resume.js';
import { validateJsonResume } from './resume/validate-json-resume.js';

export const EXPORT_FORMATS = ['pdf', 'docx', 'md', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export interface ExportRequest {
  kind: DocumentKind;
  markdown: string;
  format: ExportFormat;
  template?: TemplateId;
  paper?: PaperSize;
  /** The file's title (PDF and DOCX properties). */
  title: string;
  author?: string;
  /** Cover letters: who writes, and the date to print. */
  letter?: { contact: LetterContact; date: string };
}

export interface ExportedFile {
  bytes: Uint8Array;
  contentType: string;
  extension: ExportFormat;
}

export class ExportError extends Error {
  override name = 'ExportError';
}

export async function exportDocument(request: ExportRequest): Promise<ExportedFile> {
  const template = request.template ?? DEFAULT_TEMPLATE;
  const paper = request.paper ?? DEFAULT_PAPER;
  const { markdown, blocks } = compose(request);
  // What PDF and Word both lay out the same way.
  const layout = { kind: request.kind, template, paper, title: request.title, author: request.author };
  const file = (bytes: Uint8Array): ExportedFile => ({
    bytes,
    contentType: CONTENT_TYPES[request.format],
    extension: request.format,
  });
  switch (request.format) {
    case 'md':
      return file(new TextEncoder().encode(markdown));
    case 'json': {
      if (request.kind !== 'resume') throw new ExportError('JSON Resume is a format for resumes only.');
      const resume = toJsonResume(blocks());
      const validation = validateJsonResume(resume);
      // Our own output must always validate; a failure here is a bug to fix, not the person's problem.
      if (!validation.valid) throw new Error(`JSON Resume output failed validation: ${validation.errors.join('; ')}`);
      return file(new TextEncoder().encode(JSON.stringify(resume, null, 2) + '\n'));
    }
    case 'pdf': {
      const { renderPdf } = await import('./pdf/render-pdf.js');
      const name = request.letter?.contact.name ?? request.author;
      return file(await renderPdf(blocks(), { ...layout, footerName: name }));
    }
    case 'docx': {
      const { renderDocx } = await import('./docx/render-docx.js');
      return file(await renderDocx(blocks(), layout));
    }
  }
}

/** The Markdown as it will be exported (a letter gains its letterhead) and its blocks, parsed on demand. */
function compose(request: ExportRequest): { markdown: string; blocks: () => Block[] } {
  if (request.kind === 'cover_letter' && request.letter) {
    const head = letterheadFor(request.markdown, request.letter.contact, request.letter.date);
    const headBlocks = parseMarkdown(head.markdown).map((block, index) =>
      block.kind === 'paragraph' && index > 0 && index <= head.subtitleParagraphs
        ? { ...block, subtitle: true }
        : block,
    );
    return {
      markdown: head.markdown + request.markdown,
      blocks: () => [...headBlocks, ...parseMarkdown(request.markdown)],
    };
  }
  return { markdown: request.markdown, blocks: () => markSubtitles(parseMarkdown(request.markdown)) };
}
