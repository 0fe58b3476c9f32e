/**
 * @jobforge/import: files into Job Forge. Resumes (PDF, DOCX, JSON Resume, Markdown, plain text) to
 * Markdown, and job postings from a page's HTML. Pure functions: no database, no network (fetching a
 * posting's page is @jobforge/safe-fetch's job).
 */
export { importResume, type ImportedResume } from './import-resume.js';
export { ImportError, type ImportErrorCode } from './errors.js';
export { IMPORT_LIMITS } from './limits.js';
export { ACCEPTED, detectFormat, type ImportFormat } from './detect-format.js';
export { assertSafeZip } from './zip-guard.js';
export { htmlToMarkdown } from './html-to-markdown.js';
export { structureResumeText } from './structure-text.js';
export { extractPosting, MAX_POSTING_HTML, type ExtractedPosting } from './posting/extract-posting.js';
