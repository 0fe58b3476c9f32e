/**
 * The export templates and paper sizes, as data: the PDF and DOCX renderers draw from them and the
 * web app's preview imitates them, so this module stays free of any renderer (browser-safe).
 */
export const TEMPLATE_IDS = ['classic', 'modern', 'compact'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const DEFAULT_TEMPLATE: TemplateId = 'classic';
export const DEFAULT_PAPER: PaperSize = 'a4';

export interface ExportTemplate {
  id: TemplateId;
  label: string;
  description: string;
  /** Body and heading typefaces: both Noto families cover Latin, Greek and Cyrillic. */
  bodyFont: 'sans' | 'serif';
  headingFont: 'sans' | 'serif';
  /** Sizes in points. */
  bodySize: number;
  nameSize: number;
  sectionSize: number;
  entrySize: number;
  lineHeight: number;
  /** Page margins in points (72 per inch). */
  margin: number;
  /** Colour of the name and section headings; body text is always near-black for ATS and print. */
  accent: string;
  text: string;
  muted: string;
  nameAlign: 'left' | 'center';
  sectionUppercase: boolean;
  sectionRule: boolean;
  /** Space before a section heading, in points. */
  sectionGap: number;
  /** Space after a paragraph or list, in points. */
  blockGap: number;
}

export const TEMPLATES: Record<TemplateId, ExportTemplate> = {
  classic: {
    id: 'classic',
    label: 'Classic',
    description: 'Serif type, centred name, small-caps section titles over a thin rule.',
    bodyFont: 'serif',
    headingFont: 'serif',
    bodySize: 10.5,
    nameSize: 20,
    sectionSize: 11.5,
    entrySize: 10.5,
    lineHeight: 1.35,
    margin: 54,
    accent: '#1a1a1a',
    text: '#1a1a1a',
    muted: '#555555',
    nameAlign: 'center',
    sectionUppercase: true,
    sectionRule: true,
    sectionGap: 12,
    blockGap: 5,
  },
  modern: {
    id: 'modern',
    label: 'Modern',
    description: 'Sans-serif type with a blue accent on the name and section titles.',
    bodyFont: 'sans',
    headingFont: 'sans',
    bodySize: 10,
    nameSize: 22,
    sectionSize: 12.5,
    entrySize: 10.5,
    lineHeight: 1.4,
    margin: 50,
    accent: '#1c4e80',
    text: '#1f2328',
    muted: '#57606a',
    nameAlign: 'left',
    sectionUppercase: false,
    sectionRule: true,
    sectionGap: 14,
    blockGap: 5,
  },
  compact: {
    id: 'compact',
    label: 'Compact',
    description: 'Smaller type and narrow margins: more on each page, for a long career.',
    bodyFont: 'sans',
    headingFont: 'sans',
    bodySize: 9,
    nameSize: 16,
    sectionSize: 10,
    entrySize: 9.5,
    lineHeight: 1.3,
    margin: 36,
    accent: '#111111',
    text: '#111111',
    muted: '#4d4d4d',
    nameAlign: 'left',
    sectionUppercase: true,
    sectionRule: true,
    sectionGap: 9,
    blockGap: 3,
  },
};

/** Width and height in points. */
export const PAPER_DIMENSIONS: Record<PaperSize, { width: number; height: number; label: string }> = {
  a4: { width: 595.28, height: 841.89, label: 'A4' },
  letter: { width: 612, height: 792, label: 'US Letter' },
};

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

export function isPaperSize(value: unknown): value is PaperSize {
  return typeof value === 'string' && (PAPER_SIZES as readonly string[]).includes(value);
}
