import { protectedProcedure, router } from '../trpc.js';
import { contactIdSchema } from './by-id.schema.js';
import { createContact } from './create.handler.js';
import { createContactSchema } from './create.schema.js';
import { deleteContact } from './delete.handler.js';
import { listContacts } from './list.handler.js';
import { listContactsSchema } from './list.schema.js';
import { updateContact } from './update.handler.js';
import { updateContactSchema } from './update.schema.js';

export const contactsRouter = router({
  list: protectedProcedure.input(listContactsSchema).query(listContacts),
  create: protectedProcedure.input(createContactSchema).mutation(createContact),
  update: protectedProcedure.input(updateContactSchema).mutation(updateContact),
  delete: protectedProcedure.input(contactIdSchema).mutation(deleteContact),
});
