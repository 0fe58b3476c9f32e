import { applications, getTableColumns, sql } from '@jobforge/db';
import { APPLICATION_STATUSES, oneOf, PHASE_DOCUMENT, type DocumentType } from '@jobforge/domain';

export { applicationFields } from '@jobforge/domain';

export const applicationStatus = () => oneOf(APPLICATION_STATUSES);

/** True when the application has this document with some text in it (by a run or by the user). */
// Qualified by hand: drizzle leaves a single table's columns unqualified, and inside the subquery an
// unqualified "id" would be the document's.
const written = (type: DocumentType) =>
  sql<boolean>`exists (select 1 from "documents" as d where d."application_id" = "applications"."id" and d."document_type" = ${type} and d."content" ~ '[^[:space:]]')`;

/**
 * The seed's phase flags, derived from the documents in this one place: a phase is done when its
 * document exists, whatever the AI status says (a status set by hand once marked empty documents done).
 */
const phaseFlags = {
  researchCompleted: written(PHASE_DOCUMENT.research),
  resumeOptimized: written(PHASE_DOCUMENT.resume),
  coverLetterGenerated: written(PHASE_DOCUMENT.cover_letter),
};

const { userId: _owner, ...storedColumns } = getTableColumns(applications);
/** Everything about an application a client may see (the owner is implied by who asks). */
export const applicationColumns = { ...storedColumns, ...phaseFlags };

const { jobDescription: _description, additionalContext: _context, ...summaryColumns } = applicationColumns;
/** The list view leaves out the long texts, which can be 100,000 characters each. */
export { summaryColumns as applicationSummaryColumns };
