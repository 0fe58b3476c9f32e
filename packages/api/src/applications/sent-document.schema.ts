import type { z } from 'zod';
import { input, oneOf, uuid } from '@jobforge/domain';
import { SENT_DOCUMENT_TYPES } from './freeze-sent.js';

export const sentDocumentType = () => oneOf(SENT_DOCUMENT_TYPES);

export const sentDocumentSchema = input({ applicationId: uuid(), type: sentDocumentType() });
export type SentDocumentInput = z.infer<typeof sentDocumentSchema>;
