/**
 * Loading what a download needs. Not part of appRouter (nothing here is useful over tRPC: documents.get
 * and resumes.get already return the text); the /export/ routes call it in process, so a download goes
 * through the same authentication and row-level-secured transaction as every procedure.
 */
import { protectedProcedure, router } from '../trpc.js';
import { loadAccountData } from './account-data.handler.js';
import { loadApplicationDocument } from './application-document.handler.js';
import { applicationDocumentSourceSchema } from './application-document.schema.js';
import { loadLibraryResume } from './library-resume.handler.js';
import { libraryResumeSourceSchema } from './library-resume.schema.js';

export const exportSourcesRouter = router({
  applicationDocument: protectedProcedure.input(applicationDocumentSourceSchema).query(loadApplicationDocument),
  libraryResume: protectedProcedure.input(libraryResumeSourceSchema).query(loadLibraryResume),
  accountData: protectedProcedure.query(loadAccountData),
});
