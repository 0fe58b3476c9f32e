import { z } from 'zod';
import { contacts } from '@jobforge/db';
import { atMost, LIMITS, optionalText, requiredText } from '@jobforge/domain';

/** Optional; "" clears it. Length is bounded before the address pattern runs. */
const optionalEmail = () =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(LIMITS.name, atMost(LIMITS.name))
    .pipe(z.union([z.literal(''), z.email({ error: 'must be an email address' })]))
    .transform((value) => (value === '' ? null : value))
    .nullish();

export const contactFields = {
  name: requiredText(LIMITS.name),
  email: optionalEmail(),
  /** What they do in this hiring process: recruiter, hiring manager, interviewer... */
  role: optionalText(LIMITS.name),
  notes: optionalText(LIMITS.note),
};

export const contactColumns = {
  id: contacts.id,
  applicationId: contacts.applicationId,
  name: contacts.name,
  email: contacts.email,
  role: contacts.role,
  notes: contacts.notes,
  createdAt: contacts.createdAt,
  updatedAt: contacts.updatedAt,
};
