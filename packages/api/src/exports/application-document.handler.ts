import { TRPCError } from '@trpc/server';
import { applications, desc, eq, userResumes } from '@jobforge/db';
import { ownedRow } from '../shared/owned-rows.js';
import type { DocumentType } from '@jobforge/domain';
import type { DocumentKind } from '@jobforge/export';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { findDocument } from '../documents/document-store.js';
import { notFound } from '../errors.js';
import type { ApplicationDocumentSourceInput } from './application-document.schema.js';
import type { ExportSource } from './export-source.js';

const KINDS: Record<DocumentType, DocumentKind> = {
  optimized_resume: 'resume',
  cover_letter: 'cover_letter',
  research_report: 'research_report',
};
const LABELS: Record<DocumentType, string> = {
  optimized_resume: 'Resume',
  cover_letter: 'Cover letter',
  research_report: 'Research',
};
const NOT_WRITTEN: Record<DocumentType, string> = {
  optimized_resume: 'This application has no tailored resume yet: run the resume phase or write one first.',
  cover_letter: 'This application has no cover letter yet: run the cover letter phase or write one first.',
  research_report: 'This application has no research report yet: run the research phase first.',
};

export async function loadApplicationDocument({
  ctx,
  input,
}: HandlerArgs<ProtectedContext, ApplicationDocumentSourceInput>): Promise<ExportSource> {
  const [application] = await ctx.db
    .select({ companyName: applications.companyName, roleTitle: applications.roleTitle })
    .from(applications)
    .where(ownedRow(applications, input.applicationId, ctx.user.id))
    .limit(1);
  if (!application) throw notFound('Application');
  const document = await findDocument(ctx.db, input.applicationId, input.type);
  if (!document || !document.content.trim())
    throw new TRPCError({ code: 'NOT_FOUND', message: NOT_WRITTEN[input.type] });
  const { fullName, email } = ctx.user;
  const label = LABELS[input.type];
  const source: ExportSource = {
    kind: KINDS[input.type],
    markdown: document.content,
    title: `${input.type === 'research_report' ? label : `${fullName} — ${label}`} — ${application.companyName}, ${
      application.roleTitle
    }`,
    fileName:
      input.type === 'research_report'
        ? `${label} ${application.companyName} ${application.roleTitle}`
        : `${fullName} ${label} ${application.companyName}`,
    author: fullName,
  };
  if (input.type === 'cover_letter') {
    // The letterhead comes from the resume sent with this letter, else the primary library resume.
    const tailored = await findDocument(ctx.db, input.applicationId, 'optimized_resume');
    const resumeMarkdown = tailored?.content.trim() ? tailored.content : await primaryResume(ctx);
    source.letterhead = { resumeMarkdown, fullName, email };
  }
  return source;
}

async function primaryResume(ctx: ProtectedContext): Promise<string | null> {
  const [row] = await ctx.db
    .select({ content: userResumes.content })
    .from(userResumes)
    .where(eq(userResumes.userId, ctx.user.id))
    .orderBy(desc(userResumes.isPrimary), desc(userResumes.updatedAt))
    .limit(1);
  return row?.content ?? null;
}
