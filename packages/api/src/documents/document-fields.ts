import { documentFields } from '@jobforge/domain';

export const documentContent = () => documentFields.content;
/** The version the editor started from; a save against an older one is refused instead of overwriting. */
export const baseVersion = () => documentFields.baseVersion;
export const documentKey = { applicationId: documentFields.applicationId, type: documentFields.type };
