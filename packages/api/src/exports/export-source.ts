/** What a download needs, loaded under the person's row-level security; rendering happens after commit. */
import type { DocumentKind } from '@jobforge/export';

export interface ExportSource {
  kind: DocumentKind;
  markdown: string;
  /** The file's title property. */
  title: string;
  /** The download's file name before the extension (any script; made safe by fileStem). */
  fileName: string;
  author: string;
  /** Cover letters: the resume whose lines under the name become the letterhead, and the account. */
  letterhead?: { resumeMarkdown: string | null; fullName: string; email: string };
}
