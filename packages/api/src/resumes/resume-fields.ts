import { userResumes } from '@jobforge/db';
import { previewColumns } from '../shared/text-preview.js';

export { resumeFields } from '@jobforge/domain';

/** What a list shows of a resume: no text (resumes.get has it). */
export const resumeSummaryColumns = {
  id: userResumes.id,
  name: userResumes.name,
  focusArea: userResumes.focusArea,
  isPrimary: userResumes.isPrimary,
  isWritingSample: userResumes.isWritingSample,
  createdAt: userResumes.createdAt,
  updatedAt: userResumes.updatedAt,
};

export const resumeListColumns = { ...resumeSummaryColumns, ...previewColumns(userResumes.content) };

export const resumeColumns = { ...resumeSummaryColumns, content: userResumes.content };
