/**
 * Why a file could not be imported, in words for the person who chose it. Nothing is saved when an
 * import fails, so every message says what to do instead.
 */
export type ImportErrorCode =
  | 'too_large'
  | 'empty'
  | 'unsupported_type'
  | 'wrong_extension'
  | 'encrypted_pdf'
  | 'no_text'
  | 'damaged'
  | 'zip_bomb'
  | 'not_json_resume';

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly code: ImportErrorCode, message: string) {
    super(message);
  }
}
