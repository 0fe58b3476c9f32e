/**
 * The typefaces embedded in every PDF: Noto Sans and Noto Serif (SIL Open Font License), read from
 * their npm packages at start-up, never downloaded. Both cover accented Latin, Greek and Cyrillic.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type FontFamily = 'sans' | 'serif';

export interface FontFiles {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

function files(pkg: string, prefix: string): FontFiles {
  const at = (weight: string) => require.resolve(`${pkg}/${weight}/${prefix}_${weight}.ttf`);
  return {
    regular: at('400Regular'),
    bold: at('700Bold'),
    italic: at('400Regular_Italic'),
    boldItalic: at('700Bold_Italic'),
  };
}

export const FONT_FILES: Record<FontFamily, FontFiles> = {
  sans: files('@expo-google-fonts/noto-sans', 'NotoSans'),
  serif: files('@expo-google-fonts/noto-serif', 'NotoSerif'),
};

/** The family names registered with the PDF renderer. */
export const PDF_FONT_NAMES: Record<FontFamily, string> = { sans: 'Noto Sans', serif: 'Noto Serif' };

/**
 * Word documents name fonts rather than embed them: these ship with Word and LibreOffice (or have
 * metric-compatible stand-ins) and also cover Greek and Cyrillic.
 */
export const DOCX_FONT_NAMES: Record<FontFamily, string> = { sans: 'Calibri', serif: 'Cambria' };
