/** list_reminders. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { atMost } from '@jobforge/domain';
import { renderReminders } from '../render.js';
import { applicationId } from './application-tools.js';
import { defineTool, type ToolContext } from './tool-kit.js';

export function registerReminderTools(server: McpServer, context: ToolContext): void {
  defineTool(
    server,
    context,
    {
      name: 'list_reminders',
      title: 'List reminders',
      description:
        "Open reminders (follow-ups, interviews, tasks), soonest first, for all applications or one; optionally only the overdue ones, today's or upcoming ones.",
      inputSchema: {
        applicationId: applicationId().optional(),
        due: z
          .enum(['overdue', 'today', 'upcoming'], { error: 'must be one of: overdue, today, upcoming' })
          .optional()
          .describe('overdue (due before now), today (until midnight in timeZone) or upcoming (after today).'),
        timeZone: z
          .string({ error: 'must be text' })
          .max(64, atMost(64))
          .optional()
          .describe('The user\'s IANA time zone for "today", e.g. Europe/Berlin (default UTC).'),
        includeCompleted: z
          .boolean({ error: 'must be true or false' })
          .optional()
          .describe('Also list completed reminders (ignored with due).'),
      },
      writes: false,
    },
    async (input) => renderReminders(await context.calls.listReminders(input)),
  );
}
