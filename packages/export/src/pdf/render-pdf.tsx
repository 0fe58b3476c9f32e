/**
 * Blocks to a PDF with @react-pdf/renderer: no browser, real text with embedded (subset) fonts,
 * one column, links as link annotations.
 */
import { Document, Font, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { FONT_FILES, PDF_FONT_NAMES, type FontFamily } from '../fonts.js';
import type { Block } from '../markdown/blocks.js';
import type { DocumentKind } from '../document-kind.js';
import { PAPER_DIMENSIONS, TEMPLATES, type PaperSize, type TemplateId } from '../templates.js';
import { PdfBlocks } from './pdf-blocks.js';
import { pdfStyles } from './styles.js';

export interface PdfOptions {
  kind: DocumentKind;
  template: TemplateId;
  paper: PaperSize;
  title: string;
  author?: string;
  /** BCP 47 tag of the document's language, when known. */
  language?: string;
  /** Shown in the footer of every page once there is more than one ("Jane Doe · 2 / 3"). */
  footerName?: string;
}

let fontsRegistered = false;

function registerFonts() {
  if (fontsRegistered) return;
  for (const family of Object.keys(FONT_FILES) as FontFamily[]) {
    const files = FONT_FILES[family];
    Font.register({
      family: PDF_FONT_NAMES[family],
      fonts: [
        { src: files.regular },
        { src: files.bold, fontWeight: 'bold' },
        { src: files.italic, fontStyle: 'italic' },
        { src: files.boldItalic, fontWeight: 'bold', fontStyle: 'italic' },
      ],
    });
  }
  // Words are never split with an inserted hyphen: extracted text must read exactly as written.
  Font.registerHyphenationCallback((word) => [word]);
  fontsRegistered = true;
}

export async function renderPdf(blocks: Block[], options: PdfOptions): Promise<Uint8Array> {
  registerFonts();
  const template = TEMPLATES[options.template];
  const styles = pdfStyles(template, options.kind);
  const { width, height } = PAPER_DIMENSIONS[options.paper];
  const footerName = options.footerName;
  const document = (
    <Document
      title={options.title}
      author={options.author}
      subject={options.title}
      creator="Job Forge"
      producer="Job Forge"
      language={options.language}
    >
      <Page size={[width, height]} style={styles.page} wrap>
        <View>
          <PdfBlocks blocks={blocks} styles={styles} />
        </View>
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) =>
            totalPages > 1 ? `${footerName ? `${footerName} · ` : ''}${pageNumber} / ${totalPages}` : ''
          }
        />
      </Page>
    </Document>
  );
  const buffer = await renderToBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
