/**
 * A resume file to Markdown for the library: PDF (unpdf), Word (mammoth), JSON Resume, Markdown or
 * plain text. Pure: nothing is saved here, and a file that cannot be read is an ImportError with a
 * message for the person.
 */
import { detectFormat, type ImportFormat } from './detect-format.js';
import { docxToMarkdown } from './docx-to-markdown.js';
import { ImportError } from './errors.js';
import { jsonResumeToMarkdown } from './json-resume-to-markdown.js';
import { IMPORT_LIMITS, MB } from './limits.js';
import { pdfToLines } from './pdf-to-lines.js';
import { structureResumeText } from './structure-text.js';

export interface ImportedResume {
  /** A name for the library entry, from the file name. */
  name: string;
  markdown: string;
  format: ImportFormat;
  /** Things the person should check before saving. */
  warnings: string[];
}

export async function importResume(file: { filename: string; bytes: Uint8Array }): Promise<ImportedResume> {
  const { filename, bytes } = file;
  if (bytes.byteLength === 0) throw new ImportError('empty', `"${filename}" is empty.`);
  if (bytes.byteLength > IMPORT_LIMITS.maxFileBytes) {
    throw new ImportError(
      'too_large',
      `"${filename}" is ${(bytes.byteLength / MB).toFixed(1)} MB; resumes up to ${
        IMPORT_LIMITS.maxFileBytes / MB
      } MB can be imported. Export it again without images, or as plain text.`,
    );
  }
  const format = detectFormat(filename, bytes);
  const warnings: string[] = [];
  let markdown: string;
  let sectionsFound = -1;
  switch (format) {
    case 'pdf': {
      const pdf = await pdfToLines(bytes);
      if (pdf.pagesRead < pdf.pages) warnings.push(`Only the first ${pdf.pagesRead} of ${pdf.pages} pages were read.`);
      ({ markdown, sectionsFound } = structureResumeText(pdf.lines));
      warnings.push('Read from a PDF: check that lines wrapped in the PDF were joined where they belong.');
      break;
    }
    case 'docx': {
      const docx = await docxToMarkdown(bytes);
      if (docx.images) warnings.push(`${docx.images} picture${docx.images === 1 ? ' was' : 's were'} left out.`);
      ({ markdown, sectionsFound } = structureResumeText(docx.markdown.split('\n')));
      break;
    }
    case 'json': {
      const json = jsonResumeToMarkdown(decodeText(bytes, warnings));
      markdown = json.markdown;
      warnings.push(...json.warnings);
      break;
    }
    case 'markdown':
      markdown = decodeText(bytes, warnings).replace(/\r\n?/g, '\n');
      if (!/^#{1,3} /m.test(markdown))
        warnings.push('No Markdown headings found: consider adding "## Experience" and the like.');
      break;
    case 'text':
      ({ markdown, sectionsFound } = structureResumeText(
        decodeText(bytes, warnings).replace(/\r\n?/g, '\n').split('\n'),
      ));
      break;
  }
  markdown = markdown.replaceAll('\u0000', '');
  if (!markdown.trim()) throw new ImportError('no_text', `"${filename}" has no text to import.`);
  if (sectionsFound === 0) {
    warnings.push(
      'No usual resume sections (Experience, Education, Skills…) were recognised: add headings where they belong.',
    );
  }
  if (markdown.length > IMPORT_LIMITS.maxMarkdownChars) {
    markdown = markdown.slice(0, IMPORT_LIMITS.maxMarkdownChars);
    warnings.push(`The text was cut at ${IMPORT_LIMITS.maxMarkdownChars.toLocaleString('en-US')} characters.`);
  }
  return { name: resumeName(filename), markdown, format, warnings };
}

/** UTF-8 (a byte-order mark is dropped); anything else is read as Windows-1252, with a warning. */
function decodeText(bytes: Uint8Array, warnings: string[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    warnings.push('The file is not UTF-8 and was read as Windows-1252: check accented letters.');
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function resumeName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).replaceAll('_', ' ').trim();
  return (stem || 'Imported resume').slice(0, 255);
}
