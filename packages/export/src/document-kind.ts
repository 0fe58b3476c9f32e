/** What is being exported; the kind picks spacing (a letter breathes more than a resume) and the file name. */
export const DOCUMENT_KINDS = ['resume', 'cover_letter', 'research_report'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
