/**
 * A document keeps its newest versions up to the account's limit; older ones are deleted as a new one
 * is written. A version that is what went out with the application (its number is in sent_documents)
 * is never pruned, whatever its age: "which version did I send?" keeps its answer in the history too.
 */
import { documentVersions, sentDocuments, sql, type UserTx } from '@jobforge/db';
import type { DocumentType } from '@jobforge/domain';

export async function pruneVersions(db: UserTx, documentId: string, type: DocumentType, keep: number): Promise<void> {
  await db.execute(sql`delete from ${documentVersions} where ${documentVersions.id} in (
    select v.id from ${documentVersions} v
    where v.document_id = ${documentId}
      and not exists (
        select 1 from ${sentDocuments} s
        where s.application_id = v.application_id and s.document_type = ${type} and s.version = v.version
      )
    order by v.version desc
    offset ${keep}
  )`);
}
