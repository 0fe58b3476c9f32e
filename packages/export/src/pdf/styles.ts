/** react-pdf styles derived from a template, for one kind of document. */
import { PDF_FONT_NAMES } from '../fonts.js';
import type { ExportTemplate } from '../templates.js';
import type { DocumentKind } from '../document-kind.js';

export function pdfStyles(template: ExportTemplate, kind: DocumentKind) {
  const letter = kind === 'cover_letter';
  const bodySize = letter ? template.bodySize + 0.5 : template.bodySize;
  const paragraphGap = letter ? bodySize * 0.9 : template.blockGap;
  /**
   * Every text states its size and line height together: react-pdf turns a unitless line height
   * into points with the font size of the same style (18 when it has none) and children inherit the
   * points. The page and the footer carry none: react-pdf then stops drawing the fixed footer.
   */
  const text = { fontSize: bodySize, lineHeight: template.lineHeight };
  return {
    page: {
      fontFamily: PDF_FONT_NAMES[template.bodyFont],
      fontSize: bodySize,
      color: template.text,
      paddingTop: template.margin,
      paddingBottom: template.margin,
      paddingHorizontal: template.margin,
    },
    name: {
      fontFamily: PDF_FONT_NAMES[template.headingFont],
      fontSize: template.nameSize,
      fontWeight: 'bold' as const,
      color: template.accent,
      textAlign: template.nameAlign,
      lineHeight: 1.2,
      marginBottom: 4,
    },
    section: {
      fontFamily: PDF_FONT_NAMES[template.headingFont],
      fontSize: template.sectionSize,
      fontWeight: 'bold' as const,
      color: template.accent,
      textTransform: template.sectionUppercase ? ('uppercase' as const) : ('none' as const),
      letterSpacing: template.sectionUppercase ? 0.6 : 0,
      lineHeight: 1.25,
      marginTop: template.sectionGap,
      marginBottom: template.blockGap,
      paddingBottom: template.sectionRule ? 2 : 0,
      borderBottomWidth: template.sectionRule ? 0.75 : 0,
      borderBottomColor: template.accent,
      borderBottomStyle: 'solid' as const,
    },
    entry: {
      fontFamily: PDF_FONT_NAMES[template.headingFont],
      fontSize: template.entrySize,
      lineHeight: 1.3,
      fontWeight: 'bold' as const,
      marginTop: template.blockGap + 2,
      marginBottom: 1,
    },
    minor: {
      ...text,
      fontWeight: 'bold' as const,
      fontStyle: 'italic' as const,
      marginTop: template.blockGap,
    },
    text,
    paragraph: { ...text, marginBottom: paragraphGap },
    /** The line under the name (contact details) and the date of a letter. */
    subtitle: { ...text, color: template.muted, textAlign: template.nameAlign, marginBottom: paragraphGap },
    list: { marginBottom: template.blockGap },
    item: { flexDirection: 'row' as const, marginBottom: 1.5 },
    marker: { ...text, width: bodySize * 1.3, textAlign: 'left' as const },
    itemBody: { flex: 1 },
    quote: {
      borderLeftWidth: 2,
      borderLeftColor: template.muted,
      borderLeftStyle: 'solid' as const,
      paddingLeft: 8,
      marginBottom: template.blockGap,
      color: template.muted,
    },
    code: {
      fontSize: bodySize - 0.5,
      lineHeight: template.lineHeight,
      backgroundColor: '#f3f3f3',
      padding: 6,
      marginBottom: template.blockGap,
    },
    tableRow: {
      flexDirection: 'row' as const,
      borderBottomWidth: 0.5,
      borderBottomColor: '#bbbbbb',
      borderBottomStyle: 'solid' as const,
    },
    tableCell: { ...text, flex: 1, paddingVertical: 2, paddingRight: 6 },
    rule: {
      borderBottomWidth: 0.75,
      borderBottomColor: template.muted,
      borderBottomStyle: 'solid' as const,
      marginVertical: template.blockGap,
    },
    link: { color: template.accent === template.text ? '#1a4d8f' : template.accent, textDecoration: 'none' as const },
    footer: {
      position: 'absolute' as const,
      bottom: template.margin / 2.5,
      left: template.margin,
      right: template.margin,
      fontSize: bodySize - 2,
      color: template.muted,
      textAlign: 'right' as const,
    },
  };
}

export type PdfStyles = ReturnType<typeof pdfStyles>;
