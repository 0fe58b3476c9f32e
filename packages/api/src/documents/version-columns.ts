import { documentVersions } from '@jobforge/db';

/** What a client sees of an earlier version: who wrote it, when it was written and when it was replaced. */
export const versionColumns = {
  id: documentVersions.id,
  version: documentVersions.version,
  source: documentVersions.source,
  author: documentVersions.author,
  writtenAt: documentVersions.writtenAt,
  replacedAt: documentVersions.createdAt,
  content: documentVersions.content,
};
