import { userResumes } from '@jobforge/db';
import { ownedRow } from '../shared/owned-rows.js';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import type { ExportSource } from './export-source.js';
import type { LibraryResumeSourceInput } from './library-resume.schema.js';

export async function loadLibraryResume({
  ctx,
  input,
}: HandlerArgs<ProtectedContext, LibraryResumeSourceInput>): Promise<ExportSource> {
  const [resume] = await ctx.db
    .select({ name: userResumes.name, content: userResumes.content })
    .from(userResumes)
    .where(ownedRow(userResumes, input.resumeId, ctx.user.id))
    .limit(1);
  if (!resume) throw notFound('Resume');
  const { fullName } = ctx.user;
  return {
    kind: 'resume',
    markdown: resume.content,
    title: `${fullName} — Resume (${resume.name})`,
    fileName: `${fullName} Resume ${resume.name}`,
    author: fullName,
  };
}
