import { z } from 'zod';
import { IMPORT_LIMITS } from '@jobforge/import';
import { input, LIMITS, requiredText } from '@jobforge/domain';

/** Base64 of the largest file accepted, plus room for a file a little over, so its message can say how large it is. */
const MAX_BASE64 = Math.ceil((IMPORT_LIMITS.maxFileBytes * 1.1) / 3) * 4;

export const importResumeSchema = input({
  /** The file's name as the person's computer had it: the extension says what kind of file it is. */
  filename: requiredText(LIMITS.name),
  contentBase64: z
    .string({ error: 'must be the file, encoded as base64' })
    .max(MAX_BASE64, { error: `the file is larger than ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB`, abort: true })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be the file, encoded as base64'),
  /** true: convert only and return the Markdown for review; nothing is saved. */
  preview: z.boolean({ error: 'must be true or false' }).optional(),
});
export type ImportResumeInput = z.infer<typeof importResumeSchema>;
