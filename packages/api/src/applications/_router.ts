import { authedProcedure, protectedProcedure, router } from '../trpc.js';
import { importPosting } from './import-posting.handler.js';
import { importPostingSchema } from './import-posting.schema.js';
import { applicationIdSchema } from './by-id.schema.js';
import { createApplication } from './create.handler.js';
import { createApplicationSchema } from './create.schema.js';
import { deleteApplication } from './delete.handler.js';
import { getApplication } from './get.handler.js';
import { listApplications } from './list.handler.js';
import { listApplicationsSchema } from './list.schema.js';
import { moveStage } from './move-stage.handler.js';
import { moveStageSchema } from './move-stage.schema.js';
import { restoreSent } from './restore-sent.handler.js';
import { restoreSentSchema } from './restore-sent.schema.js';
import { sentDocument } from './sent-document.handler.js';
import { sentDocumentSchema } from './sent-document.schema.js';
import { addNote } from './add-note.handler.js';
import { addNoteSchema } from './add-note.schema.js';
import { deleteNote } from './delete-note.handler.js';
import { eventIdSchema } from './delete-note.schema.js';
import { updateEvent } from './update-event.handler.js';
import { updateEventSchema } from './update-event.schema.js';
import { applicationTimeline } from './timeline.handler.js';
import { timelineSchema } from './timeline.schema.js';
import { updateApplicationStatus } from './update-status.handler.js';
import { updateStatusSchema } from './update-status.schema.js';
import { updateApplication } from './update.handler.js';
import { updateApplicationSchema } from './update.schema.js';

export const applicationsRouter = router({
  // Network and parsing only, no database: no transaction is held while a site answers.
  importPosting: authedProcedure.input(importPostingSchema).mutation(importPosting),
  create: protectedProcedure.input(createApplicationSchema).mutation(createApplication),
  list: protectedProcedure.input(listApplicationsSchema).query(listApplications),
  get: protectedProcedure.input(applicationIdSchema).query(getApplication),
  update: protectedProcedure.input(updateApplicationSchema).mutation(updateApplication),
  updateStatus: protectedProcedure.input(updateStatusSchema).mutation(updateApplicationStatus),
  delete: protectedProcedure.input(applicationIdSchema).mutation(deleteApplication),
  // The hiring pipeline: stage, timeline, and what was sent.
  moveStage: protectedProcedure.input(moveStageSchema).mutation(moveStage),
  timeline: protectedProcedure.input(timelineSchema).query(applicationTimeline),
  addNote: protectedProcedure.input(addNoteSchema).mutation(addNote),
  updateEvent: protectedProcedure.input(updateEventSchema).mutation(updateEvent),
  deleteNote: protectedProcedure.input(eventIdSchema).mutation(deleteNote),
  sentDocument: protectedProcedure.input(sentDocumentSchema).query(sentDocument),
  restoreSent: protectedProcedure.input(restoreSentSchema).mutation(restoreSent),
});
