import type { z } from 'zod';
import { MAX_POSTING_HTML } from '@jobforge/import';
import { body, httpUrl, input } from '@jobforge/domain';

/** `{ url }` fetches the page; `{ html, url? }` reads pasted HTML (pages behind a login). */
export const importPostingSchema = input({
  url: httpUrl(),
  html: body(MAX_POSTING_HTML).optional(),
}).superRefine((value, context) => {
  if (!value.url && !value.html?.trim()) {
    context.addIssue({ code: 'custom', path: ['url'], message: "is required, or paste the page's HTML" });
  }
});
export type ImportPostingInput = z.infer<typeof importPostingSchema>;
