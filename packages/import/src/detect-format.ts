/**
 * Which converter a file goes to: by its extension, checked against its first bytes, so a file named
 * "cv.pdf" that is really a Word document is answered with what it is, not a parser error.
 */
import { ImportError } from './errors.js';

export type ImportFormat = 'pdf' | 'docx' | 'json' | 'markdown' | 'text';

const EXTENSIONS: Record<string, ImportFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  json: 'json',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
};

const UNSUPPORTED: Record<string, string> = {
  doc: 'an old Word document (.doc)',
  rtf: 'a Rich Text file',
  odt: 'an OpenDocument text',
  pages: 'a Pages document',
  html: 'a web page',
  htm: 'a web page',
  png: 'an image',
  jpg: 'an image',
  jpeg: 'an image',
};

export const ACCEPTED = 'PDF, Word (.docx), JSON Resume (.json), Markdown (.md) or plain text (.txt)';

function sniff(bytes: Uint8Array): 'pdf' | 'zip' | 'ole' | 'image' | 'text' | 'binary' {
  const starts = (...values: number[]) => values.every((value, index) => bytes[index] === value);
  // A PDF may have a little junk before its header; readers look in the first kilobyte.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'ole';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff)) return 'image';
  const sample = bytes.subarray(0, 4096);
  return sample.includes(0) ? 'binary' : 'text';
}

const WHAT_IT_IS: Record<string, string> = {
  pdf: 'a PDF',
  zip: 'a Word document or another zip file',
  ole: 'an old Word document (.doc)',
  image: 'an image',
  text: 'a text file',
  binary: 'not a document we can read',
};

export function detectFormat(filename: string, bytes: Uint8Array): ImportFormat {
  const dot = filename.lastIndexOf('.');
  const extension = dot >= 0 ? filename.slice(dot + 1).toLowerCase() : '';
  const format = EXTENSIONS[extension];
  if (!format) {
    const known = UNSUPPORTED[extension];
    throw new ImportError(
      'unsupported_type',
      known
        ? `"${filename}" is ${known}. Save it as ${ACCEPTED} and import that.`
        : `Job Forge imports ${ACCEPTED}; "${filename}" is none of these.`,
    );
  }
  const kind = sniff(bytes);
  const expected = format === 'pdf' ? 'pdf' : format === 'docx' ? 'zip' : 'text';
  if (kind !== expected) {
    throw new ImportError(
      'wrong_extension',
      `"${filename}" is named .${extension} but is ${WHAT_IT_IS[kind]}. Rename it with the right extension, or export it again from your editor.`,
    );
  }
  return format;
}
