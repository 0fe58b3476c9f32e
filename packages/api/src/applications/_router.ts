import { protectedProcedure, router } from '../trpc.js';
import { applicationIdSchema } from './by-id.schema.js';
import { createApplication } from './create.handler.js';
import { createApplicationSchema } from './create.schema.js';
import { deleteApplication } from './delete.handler.js';
import { getApplication } from './get.handler.js';
import { listApplications } from './list.handler.js';
import { listApplicationsSchema } from './list.schema.js';
import { updateApplicationStatus } from './update-status.handler.js';
import { updateStatusSchema } from './update-status.schema.js';
import { updateApplication } from './update.handler.js';
import { updateApplicationSchema } from './update.schema.js';

export const applicationsRouter = router({
  create: protectedProcedure.input(createApplicationSchema).mutation(createApplication),
  list: protectedProcedure.input(listApplicationsSchema).query(listApplications),
  get: protectedProcedure.input(applicationIdSchema).query(getApplication),
  update: protectedProcedure.input(updateApplicationSchema).mutation(updateApplication),
  updateStatus: protectedProcedure.input(updateStatusSchema).mutation(updateApplicationStatus),
  delete: protectedProcedure.input(applicationIdSchema).mutation(deleteApplication),
});
