import { userResumes } from '@jobforge/db';

export { resumeFields } from '@jobforge/domain';

export const resumeColumns = {
  id: userResumes.id,
  name: userResumes.name,
  content: userResumes.content,
  focusArea: userResumes.focusArea,
  isPrimary: userResumes.isPrimary,
  isWritingSample: userResumes.isWritingSample,
  createdAt: userResumes.createdAt,
  updatedAt: userResumes.updatedAt,
};
