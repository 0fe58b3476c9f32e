/**
 * Lists show a preview of a long text, never the text: a list of twenty 200 KB resumes would otherwise
 * cost 4 MB on every page that shows it. Only the head of the text leaves the database.
 */
import { sql, type documents, type userResumes } from '@jobforge/db';
import { excerpt } from '@jobforge/domain';

/** Enough Markdown for a 220-character excerpt after the markup is stripped (see excerpt()). */
const HEAD_CHARS = 2_000;

/** Columns to select beside the metadata: the head of the text and its full length in characters. */
export function previewColumns(content: typeof userResumes.content | typeof documents.content) {
  return {
    contentHead: sql<string>`left(${content}, ${sql.raw(String(HEAD_CHARS))})`,
    contentLength: sql<number>`char_length(${content})`.mapWith(Number),
  };
}

/** Replaces the selected head by its plain-text excerpt. */
export function withExcerpt<Row extends { contentHead: string }>({ contentHead, ...row }: Row) {
  return { ...row, excerpt: excerpt(contentHead) };
}
