/** Download file names: readable, safe on every file system, and sent in both header forms. */
import { trimSpaceAnd } from './text/trim.js';

/** "Acme — Platform Engineer" -> "Acme-Platform-Engineer" (letters of any script kept). */
export function fileStem(name: string, fallback = 'document'): string {
  const stem = trimSpaceAnd(name.normalize('NFC').replace(/[^\p{L}\p{N}._]+/gu, '-'), '-.').slice(0, 120);
  return trimSpaceAnd(stem, '-.') || fallback;
}

/**
 * Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987), so
 * "Zoë-Resume.pdf" arrives as written in browsers and as "Zoe-Resume.pdf" in older tools.
 */
export function contentDisposition(filename: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii =
    filename
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\]/g, '_') || 'download';
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
