import { protectedProcedure, router } from '../trpc.js';
import { getDocument } from './get.handler.js';
import { getDocumentSchema } from './get.schema.js';
import { documentHistory } from './history.handler.js';
import { documentHistorySchema } from './history.schema.js';
import { listDocuments } from './list.handler.js';
import { listDocumentsSchema } from './list.schema.js';
import { restoreDocument } from './restore.handler.js';
import { restoreDocumentSchema } from './restore.schema.js';
import { updateDocument } from './update.handler.js';
import { updateDocumentSchema } from './update.schema.js';
import { documentVersion } from './version.handler.js';
import { documentVersionSchema } from './version.schema.js';

export const documentsRouter = router({
  get: protectedProcedure.input(getDocumentSchema).query(getDocument),
  list: protectedProcedure.input(listDocumentsSchema).query(listDocuments),
  update: protectedProcedure.input(updateDocumentSchema).mutation(updateDocument),
  history: protectedProcedure.input(documentHistorySchema).query(documentHistory),
  version: protectedProcedure.input(documentVersionSchema).query(documentVersion),
  restore: protectedProcedure.input(restoreDocumentSchema).mutation(restoreDocument),
});
