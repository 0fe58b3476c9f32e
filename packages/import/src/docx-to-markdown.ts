/** A Word document (.docx) to Markdown through mammoth, after the archive has passed the zip guard. */
import mammoth from 'mammoth';
import { ImportError } from './errors.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { assertSafeZip } from './zip-guard.js';

export interface DocxText {
  markdown: string;
  images: number;
}

export async function docxToMarkdown(bytes: Uint8Array): Promise<DocxText> {
  const entries = assertSafeZip(bytes);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new ImportError(
      'wrong_extension',
      'This file is a zip archive but not a Word document. Save your resume as .docx from Word, LibreOffice or Google Docs and import that.',
    );
  }
  let images = 0;
  try {
    const { value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Pictures (a photo, a logo) are not part of the text; count them to say they were left out.
        convertImage: mammoth.images.imgElement(async () => {
          images += 1;
          return { src: '' };
        }),
      },
    );
    return { markdown: htmlToMarkdown(value), images };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      'damaged',
      'This Word file is damaged and could not be read. Save it again from your editor and retry.',
    );
  }
}
