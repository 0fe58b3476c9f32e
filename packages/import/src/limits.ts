/** Bounds on what an import may cost, whatever the file claims. */
export const IMPORT_LIMITS = {
  /** The largest file accepted. */
  maxFileBytes: 5 * 1024 * 1024,
  /** A DOCX is a zip: its parts may unpack to at most this much in total… */
  maxUnpackedBytes: 40 * 1024 * 1024,
  /** …with at most this many entries… */
  maxZipEntries: 2_000,
  /** …and no entry larger than this many times its packed size (text compresses about 5–20×). */
  maxCompressionRatio: 200,
  /** Text longer than a resume can be is cut, with a warning. */
  maxMarkdownChars: 200_000,
  /** PDF pages read. */
  maxPdfPages: 30,
} as const;

export const MB = 1024 * 1024;
