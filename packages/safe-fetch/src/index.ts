/** @jobforge/safe-fetch: one job, fetching a public web page without reaching private networks. */
export { fetchPublicPage, DEFAULT_FETCH_OPTIONS, type FetchOptions, type FetchedPage } from './fetch-public-page.js';
export { isPublicAddress } from './address-guard.js';
export { SafeFetchError, type SafeFetchErrorCode } from './errors.js';
