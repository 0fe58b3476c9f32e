import { authedProcedure, protectedProcedure, router } from '../trpc.js';
import { resumeIdSchema } from './by-id.schema.js';
import { createResume } from './create.handler.js';
import { createResumeSchema } from './create.schema.js';
import { deleteResume } from './delete.handler.js';
import { getResume } from './get.handler.js';
import { importResumeFile } from './import.handler.js';
import { importResumeSchema } from './import.schema.js';
import { listResumes } from './list.handler.js';
import { listResumesSchema } from './list.schema.js';
import { setPrimaryResume } from './set-primary.handler.js';
import { updateResume } from './update.handler.js';
import { updateResumeSchema } from './update.schema.js';

export const resumesRouter = router({
  list: protectedProcedure.input(listResumesSchema).query(listResumes),
  get: protectedProcedure.input(resumeIdSchema).query(getResume),
  create: protectedProcedure.input(createResumeSchema).mutation(createResume),
  update: protectedProcedure.input(updateResumeSchema).mutation(updateResume),
  delete: protectedProcedure.input(resumeIdSchema).mutation(deleteResume),
  setPrimary: protectedProcedure.input(resumeIdSchema).mutation(setPrimaryResume),
  // No transaction around the conversion: the handler opens a short one to save.
  import: authedProcedure.input(importResumeSchema).mutation(importResumeFile),
});
