/**
 * What went out with an application, frozen at the moment it was sent: the exact text and version of
 * the tailored resume and the cover letter (kept in sent_documents, apart from the editable documents
 * and their prunable history), and the facts outcomes are compared by later: whether the resume was
 * tailored, which base resume the tailoring started from, and its match score.
 */
import { and, applications, documents, eq, inArray, sentDocuments, type UserTx } from '@jobforge/db';
import { type DocumentType } from '@jobforge/domain';
import { lastSucceededRun } from '../ai/last-run.js';

export const SENT_DOCUMENT_TYPES = ['optimized_resume', 'cover_letter'] as const satisfies readonly DocumentType[];

export interface SentRecord {
  documents: Array<{ type: DocumentType; version: number; source: 'user' | 'ai' }>;
  tailored: boolean;
  baseResume: { id: string; name: string } | null;
  matchScore: number | null;
}

interface ResumeRunDetails {
  data?: { baseResume?: { id?: unknown; name?: unknown } };
  validation?: { matchScore?: { after?: { total?: unknown } } };
}

/** Reads what the latest successful resume run recorded; anything missing or odd is left unknown. */
export function tailoringFacts(details: unknown): Pick<SentRecord, 'baseResume' | 'matchScore'> {
  const run = (details ?? {}) as ResumeRunDetails;
  const base = run.data?.baseResume;
  const total = run.validation?.matchScore?.after?.total;
  return {
    baseResume:
      typeof base?.id === 'string' && typeof base.name === 'string'
        ? { id: base.id, name: base.name.slice(0, 255) }
        : null,
    matchScore:
      typeof total === 'number' && Number.isFinite(total) ? Math.min(100, Math.max(0, Math.round(total))) : null,
  };
}

export async function freezeSent(db: UserTx, userId: string, applicationId: string, sentAt: Date) {
  const current = await db
    .select({
      type: documents.documentType,
      content: documents.content,
      version: documents.version,
      source: documents.source,
    })
    .from(documents)
    .where(and(eq(documents.applicationId, applicationId), inArray(documents.documentType, [...SENT_DOCUMENT_TYPES])));
  await db.delete(sentDocuments).where(eq(sentDocuments.applicationId, applicationId));
  if (current.length > 0) {
    await db.insert(sentDocuments).values(
      current.map((document) => ({
        userId,
        applicationId,
        documentType: document.type,
        version: document.version,
        content: document.content,
        source: document.source,
        sentAt,
      })),
    );
  }
  const run = await lastSucceededRun(db, applicationId, 'resume', 'finishedAt');
  const tailored = current.some((document) => document.type === 'optimized_resume');
  const facts = tailored && run ? tailoringFacts(run.details) : { baseResume: null, matchScore: null };
  const record: SentRecord = {
    documents: current
      .map(({ type, version, source }) => ({ type, version, source }))
      .sort((a, b) => a.type.localeCompare(b.type)),
    tailored,
    ...facts,
  };
  await db
    .update(applications)
    .set({
      appliedAt: sentAt,
      sentTailored: record.tailored,
      sentBaseResumeId: record.baseResume?.id ?? null,
      sentBaseResumeName: record.baseResume?.name ?? null,
      sentMatchScore: record.matchScore,
    })
    .where(eq(applications.id, applicationId));
  return record;
}

/** Moving back to `saved` says the application was not sent after all. */
export async function unfreezeSent(db: UserTx, applicationId: string) {
  await db.delete(sentDocuments).where(eq(sentDocuments.applicationId, applicationId));
  await db
    .update(applications)
    .set({
      appliedAt: null,
      sentTailored: null,
      sentBaseResumeId: null,
      sentBaseResumeName: null,
      sentMatchScore: null,
    })
    .where(eq(applications.id, applicationId));
}
