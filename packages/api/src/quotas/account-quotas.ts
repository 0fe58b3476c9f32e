/**
 * What one account may keep: applications, library resumes, versions per document and stored text.
 * Checked at the end of the write, inside its transaction: the new rows are counted too, a refusal
 * rolls the whole write back (nothing half-saved), and a per-user advisory lock taken last makes
 * parallel writes of one user count one after the other (each sees the others' committed rows).
 * Taking the lock last, after every row lock of the write, means it never waits in a cycle.
 */
import { TRPCError } from '@trpc/server';
import {
  applications,
  documents,
  documentVersions,
  rowsOf,
  sentDocuments,
  sql,
  userResumes,
  type UserTx,
} from '@jobforge/db';
import type { AppConfig } from '@jobforge/config';

export type Quotas = AppConfig['quotas'];

/** Who is writing and under which limits: what every text-storing write passes down. */
export interface QuotaScope {
  userId: string;
  quotas: Quotas;
}

export function quotaScopeOf(ctx: { user: { id: string }; services: { config: { quotas: Quotas } } }): QuotaScope {
  return { userId: ctx.user.id, quotas: ctx.services.config.quotas };
}

const COUNTED = {
  applications: { table: applications, owner: applications.userId, label: 'applications' },
  resumes: { table: userResumes, owner: userResumes.userId, label: 'resumes in your library' },
} as const;

function quotaReached(message: string): TRPCError {
  return new TRPCError({ code: 'FORBIDDEN', message });
}

const formatCount = (n: number) => n.toLocaleString('en-US');
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

/** Throws FORBIDDEN naming the limit when this write took the account past one; the write then rolls back. */
export async function enforceQuotas(db: UserTx, scope: QuotaScope, counted?: keyof typeof COUNTED): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`jobforge.quota:${scope.userId}`}))`);
  if (counted) {
    const { table, owner, label } = COUNTED[counted];
    const limit = scope.quotas[counted];
    const total = await db.$count(table, sql`${owner} = ${scope.userId}`);
    if (total > limit) {
      throw quotaReached(
        `You have reached the limit of ${formatCount(
          limit,
        )} ${label} per account. Nothing was added: delete some you no longer need first.`,
      );
    }
  }
  const used = await storedBytes(db);
  if (used > scope.quotas.storageBytes) {
    throw quotaReached(
      `This would take your account past its storage limit of ${megabytes(scope.quotas.storageBytes)} (${megabytes(
        used,
      )} with this change). Nothing was saved: delete old applications, resumes or documents to make room.`,
    );
  }
}

/**
 * Bytes of text the account keeps. Row-level security limits every table to this user's rows;
 * octet_length reads a stored value's size without decompressing it.
 */
async function storedBytes(db: UserTx): Promise<number> {
  const result = await db.execute(sql`select
      (select coalesce(sum(octet_length(${applications.jobDescription}) + coalesce(octet_length(${applications.additionalContext}), 0)), 0) from ${applications})
    + (select coalesce(sum(octet_length(${documents.content})), 0) from ${documents})
    + (select coalesce(sum(octet_length(${documentVersions.content})), 0) from ${documentVersions})
    + (select coalesce(sum(octet_length(${sentDocuments.content})), 0) from ${sentDocuments})
    + (select coalesce(sum(octet_length(${userResumes.content})), 0) from ${userResumes}) as bytes`);
  const [row] = rowsOf<{ bytes: string | number }>(result);
  return Number(row?.bytes ?? 0);
}
