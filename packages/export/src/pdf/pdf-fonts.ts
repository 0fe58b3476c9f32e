/**
 * The PDF renderer's fonts: registered once, shared by every document, and kept sound between them.
 *
 * fontkit caches a glyph object (with the characters it stands for) the first time anything asks for
 * it. Building a document's font subset asks for the parts of composed letters, so after a PDF with
 * "é" the cache held the glyph of "e" with no character at all, and every later PDF drew and
 * extracted its "e"s wrongly (react-pdf lays text out by the glyphs' characters). After each
 * document, glyphs cached without characters are dropped, and documents are rendered one at a time
 * so that no layout ever sees a half-finished subset's leftovers.
 */
import { Font } from '@react-pdf/renderer';
import { FONT_FILES, PDF_FONT_NAMES, type FontFamily } from '../fonts.js';

interface LoadedFont {
  /** fontkit's glyph cache, by glyph id (not part of its typed API). */
  _glyphs?: Record<number, { codePoints?: number[] } | undefined>;
}
interface RegisteredSource {
  data: LoadedFont | null;
}

let registered = false;
let queue: Promise<unknown> = Promise.resolve();

function registerFonts() {
  if (registered) return;
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
  registered = true;
}

function dropGlyphsWithoutCharacters() {
  const families = Font.getRegisteredFonts() as unknown as Record<string, { sources: RegisteredSource[] }>;
  for (const name of Object.values(PDF_FONT_NAMES)) {
    for (const source of families[name]?.sources ?? []) {
      const cache = source.data?._glyphs;
      if (!cache) continue;
      for (const id of Object.keys(cache)) {
        if (!cache[Number(id)]?.codePoints?.length) delete cache[Number(id)];
      }
    }
  }
}

/** Runs one document's rendering with the fonts registered, after any other in progress. */
export function withPdfFonts<T>(render: () => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    registerFonts();
    try {
      return await render();
    } finally {
      dropGlyphsWithoutCharacters();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
