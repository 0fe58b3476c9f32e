import type { z } from 'zod';
import { baseVersion } from '../documents/document-fields.js';
import { input, uuid } from '@jobforge/domain';
import { sentDocumentType } from './sent-document.schema.js';

export const restoreSentSchema = input({ applicationId: uuid(), type: sentDocumentType(), baseVersion: baseVersion() });
export type RestoreSentInput = z.infer<typeof restoreSentSchema>;
