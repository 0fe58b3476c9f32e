/** Everything a phase needs, read in the claiming transaction and handed to the engine as plain data. */
import { and, applications, desc, documents, eq, ne, userResumes, type UserTx } from '@jobforge/db';
import { ownedRow } from '../shared/owned-rows.js';
import { lastSucceededRun } from './last-run.js';
import type { CoverLetterInput, EarlierResearch, LibraryResume, ResearchData } from '@jobforge/ai';
import type { AiPhase } from '@jobforge/domain';
import { TRPCError } from '@trpc/server';
import { notFound } from '../errors.js';
import { resumeColumns } from '../resumes/resume-fields.js';

export interface LoadedPhaseInput {
  applicationStatus: string;
  input: CoverLetterInput;
}

const PREVIOUS_LETTERS = 3;
const { createdAt: _created, updatedAt: _updated, ...libraryColumns } = resumeColumns;

export async function loadPhaseInput(
  db: UserTx,
  user: { id: string; fullName: string; email: string },
  applicationId: string,
  phase: AiPhase,
  userContext: string | null,
): Promise<LoadedPhaseInput> {
  const [application] = await db
    .select({
      id: applications.id,
      status: applications.status,
      companyName: applications.companyName,
      roleTitle: applications.roleTitle,
      jobDescription: applications.jobDescription,
      jobUrl: applications.jobUrl,
      location: applications.location,
      additionalContext: applications.additionalContext,
    })
    .from(applications)
    .where(ownedRow(applications, applicationId, user.id))
    .limit(1);
  if (!application) throw notFound('Application');

  const library: LibraryResume[] = await db
    .select(libraryColumns)
    .from(userResumes)
    .where(eq(userResumes.userId, user.id));
  if (phase !== 'research' && !library.some((entry) => !entry.isWritingSample)) {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: 'Your resume library has no resume yet. Add one, then run this phase again.',
    });
  }

  const docs = await db
    .select({ type: documents.documentType, content: documents.content, source: documents.source })
    .from(documents)
    .where(eq(documents.applicationId, applicationId));
  const docOf = (type: string) => docs.find((d) => d.type === type)?.content ?? null;

  let research: EarlierResearch | null = null;
  const researchMarkdown = docOf('research_report');
  if (phase !== 'research' && researchMarkdown) {
    const lastResearch = await lastSucceededRun(db, applicationId, 'research', 'startedAt');
    const data = (lastResearch?.details as { data?: ResearchData } | null)?.data ?? null;
    research = { markdown: researchMarkdown, data };
  }

  let previousLetters: string[] = [];
  if (phase === 'cover_letter') {
    // Letters the user edited for other applications show their voice best.
    const rows = await db
      .select({ content: documents.content })
      .from(documents)
      .innerJoin(applications, eq(applications.id, documents.applicationId))
      .where(
        and(
          eq(applications.userId, user.id),
          eq(documents.documentType, 'cover_letter'),
          eq(documents.source, 'user'),
          ne(documents.applicationId, applicationId),
        ),
      )
      .orderBy(desc(documents.updatedAt))
      .limit(PREVIOUS_LETTERS);
    previousLetters = rows.map((r) => r.content);
  }

  return {
    applicationStatus: application.status,
    input: {
      application: {
        companyName: application.companyName,
        roleTitle: application.roleTitle,
        jobDescription: application.jobDescription,
        jobUrl: application.jobUrl,
        location: application.location,
        additionalContext: application.additionalContext,
      },
      library,
      candidate: { fullName: user.fullName, email: user.email },
      userContext,
      research,
      tailoredResume: phase === 'cover_letter' ? docOf('optimized_resume') : null,
      previousLetters,
    },
  };
}
