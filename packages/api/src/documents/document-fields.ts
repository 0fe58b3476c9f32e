import { z } from 'zod';
import { DOCUMENT_TYPES } from '@jobforge/db';
import { body, LIMITS, oneOf, uuid } from '../shared/fields.js';

export const documentType = () => oneOf(DOCUMENT_TYPES);
export const documentContent = () => body(LIMITS.content);
/** The version the editor started from; a save against an older one is refused instead of overwriting. */
export const baseVersion = () =>
  z.number({ error: 'must be a version number' }).int('must be a whole number').min(0, 'must be 0 or more').optional();

export const documentKey = { applicationId: uuid(), type: documentType() };
