/**
 * resumes.import: a file (PDF, DOCX, JSON Resume, Markdown, text) to a library resume in Markdown.
 * The conversion runs before any transaction opens (it may take a second on a large PDF); a file that
 * cannot be read changes nothing and answers BAD_REQUEST with what to do. With `preview: true` nothing
 * is saved: the web app shows the Markdown for review and saves it with resumes.create.
 */
import { TRPCError } from '@trpc/server';
import { withUser } from '@jobforge/db';
import { ImportError, importResume } from '@jobforge/import';
import type { AuthedContext, HandlerArgs, ProtectedContext } from '../context.js';
import { LIMITS } from '@jobforge/domain';
import { createResume } from './create.handler.js';
import type { ImportResumeInput } from './import.schema.js';

export async function importResumeFile({ ctx, input }: HandlerArgs<AuthedContext, ImportResumeInput>) {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  let imported: Awaited<ReturnType<typeof importResume>>;
  try {
    imported = await importResume({ filename: input.filename, bytes: new Uint8Array(bytes) });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const cause = Object.assign(new Error(error.message), {
      issues: [{ path: ['contentBase64'], message: error.message, code: error.code }],
    });
    throw new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause });
  }
  const draft = {
    name: imported.name.slice(0, LIMITS.name),
    content: imported.markdown.slice(0, LIMITS.content),
    format: imported.format,
    warnings: imported.warnings,
  };
  if (input.preview) return { ...draft, resume: null };

  const committed: Array<() => void> = [];
  const resume = await withUser(ctx.services.database, ctx.user.id, (db) => {
    const protectedCtx: ProtectedContext = { ...ctx, db, afterCommit: (task) => void committed.push(task) };
    return createResume({ ctx: protectedCtx, input: { name: draft.name, content: draft.content } });
  });
  for (const task of committed) task();
  return { ...draft, resume };
}
