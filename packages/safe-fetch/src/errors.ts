export type SafeFetchErrorCode =
  | 'bad_url'
  | 'blocked_address'
  | 'dns'
  | 'network'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'not_a_page';

/** Why a page could not be fetched, in words for the person who pasted the address. */
export class SafeFetchError extends Error {
  override name = 'SafeFetchError';
  constructor(readonly code: SafeFetchErrorCode, message: string) {
    super(message);
  }
}
