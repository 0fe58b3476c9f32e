/** Word styles from a template: the default run, Heading 1–4, the subtitle line, quotes and code. */
import type { IStylesOptions } from 'docx';
import { DOCX_FONT_NAMES } from '../fonts.js';
import type { DocumentKind } from '../document-kind.js';
import type { ExportTemplate } from '../templates.js';

/** Word measures fonts in half-points and spacing in twentieths of a point (twips). */
export const halfPoints = (points: number) => Math.round(points * 2);
export const twips = (points: number) => Math.round(points * 20);

const hex = (color: string) => color.replace('#', '').toUpperCase();

export function docxStyles(template: ExportTemplate, kind: DocumentKind): IStylesOptions {
  const body = DOCX_FONT_NAMES[template.bodyFont];
  const heading = DOCX_FONT_NAMES[template.headingFont];
  const letter = kind === 'cover_letter';
  const bodySize = letter ? template.bodySize + 0.5 : template.bodySize;
  const paragraphAfter = letter ? bodySize * 0.9 : template.blockGap;
  const line = Math.round(240 * template.lineHeight * 0.9);
  const accent = hex(template.accent);
  const sectionBorder = template.sectionRule
    ? { bottom: { style: 'single' as const, size: 6, color: accent, space: 1 } }
    : undefined;
  return {
    default: {
      document: {
        run: { font: body, size: halfPoints(bodySize), color: hex(template.text) },
        paragraph: { spacing: { after: twips(paragraphAfter), line } },
      },
      heading1: {
        run: { font: heading, size: halfPoints(template.nameSize), bold: true, color: accent },
        paragraph: { spacing: { before: 0, after: twips(4) } },
      },
      heading2: {
        run: {
          font: heading,
          size: halfPoints(template.sectionSize),
          bold: true,
          color: accent,
          allCaps: template.sectionUppercase,
        },
        paragraph: {
          spacing: { before: twips(template.sectionGap), after: twips(template.blockGap) },
          keepNext: true,
          border: sectionBorder,
        },
      },
      heading3: {
        run: { font: heading, size: halfPoints(template.entrySize), bold: true, color: hex(template.text) },
        paragraph: { spacing: { before: twips(template.blockGap + 2), after: twips(1) }, keepNext: true },
      },
      heading4: {
        run: { font: heading, size: halfPoints(bodySize), bold: true, italics: true, color: hex(template.text) },
        paragraph: { spacing: { before: twips(template.blockGap), after: 0 }, keepNext: true },
      },
      hyperlink: { run: { color: '1A4D8F', underline: { type: 'single' } } },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { color: hex(template.muted), size: halfPoints(bodySize), italics: false },
        paragraph: {
          alignment: template.nameAlign === 'center' ? 'center' : 'left',
          spacing: { after: twips(paragraphAfter) },
        },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        run: { italics: true, color: hex(template.muted) },
        paragraph: { indent: { left: 360 } },
      },
      {
        id: 'CodeBlock',
        name: 'Code Block',
        basedOn: 'Normal',
        run: { font: 'Consolas', size: halfPoints(bodySize - 0.5) },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}
