// @jsxRuntime automatic
// @jsxImportSource react
/**
 * Blocks to a PDF with @react-pdf/renderer: no browser, real text with embedded (subset) fonts,
 * one column, links as link annotations.
 */
import { Document, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import type { Block } from '../markdown/blocks.js';
import type { DocumentKind } from '../document-kind.js';
import { PAPER_DIMENSIONS, TEMPLATES, type PaperSize, type TemplateId } from '../templates.js';
import { PdfBlocks } from './pdf-blocks.js';
import { withPdfFonts } from './pdf-fonts.js';
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

export async function renderPdf(blocks: Block[], options: PdfOptions): Promise<Uint8Array> {
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
  const buffer = await withPdfFonts(() => renderToBuffer(document));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
