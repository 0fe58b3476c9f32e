import { and, applications, eq } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import {
  contactEntries,
  documentSaveEntries,
  eventEntries,
  reminderEntries,
  runEntries,
  type TimelineEntry,
} from './timeline-entries.js';
import { TIMELINE_DEFAULT_LIMIT, type TimelineInput } from './timeline.schema.js';

/** Everything that happened to an application, newest first. */
export async function applicationTimeline({ ctx, input }: HandlerArgs<ProtectedContext, TimelineInput>) {
  const limit = input.limit ?? TIMELINE_DEFAULT_LIMIT;
  const [application] = await ctx.db
    .select({ id: applications.id, createdAt: applications.createdAt })
    .from(applications)
    .where(and(eq(applications.id, input.id), eq(applications.userId, ctx.user.id)));
  if (!application) throw notFound('Application');
  const sources = [eventEntries, runEntries, documentSaveEntries, reminderEntries, contactEntries];
  const entries: TimelineEntry[] = [{ type: 'created', key: 'created', at: application.createdAt }];
  // One after another: they share the transaction's connection.
  for (const read of sources) entries.push(...(await read(ctx.db, application.id, limit)));
  entries.sort((a, b) => b.at.getTime() - a.at.getTime() || b.key.localeCompare(a.key));
  return { entries: entries.slice(0, limit), more: entries.length > limit };
}
