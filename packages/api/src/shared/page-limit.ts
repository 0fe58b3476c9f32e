/** The size and cursor fields of the lists that come in pages, with the same messages everywhere. */
import { z } from 'zod';

/** A whole number from 1: a page size, or a version number as a cursor. */
export const positiveWhole = () =>
  z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1');

/** How many items one call returns, at most `max`; left out, the handler's default applies. */
export const pageLimit = (max: number) => positiveWhole().max(max, `must be at most ${max}`).optional();
