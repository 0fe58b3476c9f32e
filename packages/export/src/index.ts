/**
 * @jobforge/export: documents out of Job Forge. Markdown to PDF (embedded Noto fonts, no browser),
 * DOCX (real Word headings and lists), Markdown and JSON Resume. Pure functions: the caller loads
 * the text and sends the bytes.
 */
export {
  exportDocument,
  ExportError,
  EXPORT_FORMATS,
  CONTENT_TYPES,
  type ExportFormat,
  type ExportRequest,
  type ExportedFile,
} from './export-document.js';
export { DOCUMENT_KINDS, type DocumentKind } from './document-kind.js';
export { contactFromResume, letterDate, letterheadFor, type LetterContact } from './letterhead.js';
export { contentDisposition, fileStem } from './filenames.js';
export { parseMarkdown } from './markdown/parse-markdown.js';
export { plainText, markSubtitles, type Block, type Run, type ListItem } from './markdown/blocks.js';
export { toJsonResume, JSON_RESUME_SCHEMA_URL, type JsonResume } from './resume/to-json-resume.js';
export { validateJsonResume, type JsonResumeValidation } from './resume/validate-json-resume.js';
export * from './templates.js';
export { sectionOfHeading, RESUME_SECTIONS, type ResumeSection } from './resume/sections.js';
export { findDateRange, writtenDate, writtenRange } from './resume/dates.js';
export { collapseSpaces, trimSpaceAnd } from './text/trim.js';
