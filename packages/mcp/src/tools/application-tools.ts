/** list_applications, get_application, create_application, move_stage. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { APPLICATION_STAGES, applicationFields, atMost, LIMITS, oneOf, optionalText, uuid } from '@jobforge/domain';
import { renderApplication, renderApplicationList } from '../render.js';
import { defineTool, type ToolContext } from './tool-kit.js';

const LIST_DEFAULT = 50;
const LIST_MAX = 200;

export const applicationId = () => uuid().describe('The application id (a UUID, as list_applications shows it).');

export function registerApplicationTools(server: McpServer, context: ToolContext): void {
  const { calls } = context;

  defineTool(
    server,
    context,
    {
      name: 'list_applications',
      title: 'List job applications',
      description:
        "The user's job applications, newest first: id, company, role, hiring stage, AI status and the next reminder. Use the id with the other tools.",
      inputSchema: {
        stage: oneOf(APPLICATION_STAGES).optional().describe('Only applications in this hiring stage.'),
        limit: z
          .number({ error: 'must be a number' })
          .int('must be a whole number')
          .min(1, 'must be at least 1')
          .max(LIST_MAX, `must be at most ${LIST_MAX}`)
          .optional()
          .describe(`How many to show (default ${LIST_DEFAULT}).`),
      },
      writes: false,
    },
    async ({ stage, limit }) => {
      const all = await calls.listApplications();
      const matching = stage ? all.filter((item) => item.stage === stage) : all;
      return renderApplicationList(matching.slice(0, limit ?? LIST_DEFAULT), matching.length);
    },
  );

  defineTool(
    server,
    context,
    {
      name: 'get_application',
      title: 'Read one application',
      description:
        'One application in full: job description, stage, AI status, additional context and which documents exist (with their versions).',
      inputSchema: { id: applicationId() },
      writes: false,
    },
    async ({ id }) => renderApplication(await calls.getApplication({ id })),
  );

  defineTool(
    server,
    context,
    {
      name: 'create_application',
      title: 'Create an application',
      description:
        'Adds a job application (hiring stage "saved"). Give the company, the role and the full job description as the posting states it; the AI phases work from it.',
      inputSchema: {
        companyName: applicationFields.companyName.describe('The hiring company.'),
        roleTitle: applicationFields.roleTitle.describe('The job title as posted.'),
        jobDescription: applicationFields.jobDescription.describe('The full job description text.'),
        jobUrl: applicationFields.jobUrl.optional().describe('The posting address (http or https).'),
        location: applicationFields.location.describe('Where the job is (city, remote, ...).'),
        priorityLevel: applicationFields.priorityLevel.optional().describe('low, medium (default) or high.'),
        additionalContext: applicationFields.additionalContext.describe(
          'Anything the AI phases should know (referral, what the user wants to stress).',
        ),
      },
      writes: true,
      idempotent: false,
    },
    async (input) => {
      const created = await calls.createApplication(input);
      return [
        `Created application ${created.id} (${created.name}): ${created.companyName}, ${created.roleTitle}; stage saved.`,
        'Next: run_phase with phase "research", then "resume", then "cover_letter".',
      ].join('\n');
    },
  );

  defineTool(
    server,
    context,
    {
      name: 'move_stage',
      title: 'Move an application to a hiring stage',
      description:
        'Records a hiring stage change on the timeline (saved, applied, screening, interviewing, offer, accepted, rejected, withdrawn). Moving to "applied" records when it was sent and freezes the current tailored resume and cover letter as what was sent.',
      inputSchema: {
        id: applicationId(),
        stage: oneOf(APPLICATION_STAGES).describe('The new stage.'),
        at: z
          .string({ error: 'must be ISO 8601 text' })
          .max(40, atMost(40))
          .pipe(z.iso.datetime({ offset: true, error: 'must be ISO 8601 text such as 2026-12-03T09:00:00Z' }))
          .optional()
          .describe('When it happened (ISO 8601, e.g. 2026-12-03T09:00:00Z); now when left out. Never in the future.'),
        note: optionalText(LIMITS.note).describe('A note for the timeline.'),
      },
      writes: true,
      idempotent: true,
    },
    async (input) => {
      const moved = await calls.moveStage(input);
      return [
        `${moved.companyName}, ${moved.roleTitle} (${moved.id}) is now at stage ${moved.stage}.`,
        ...(moved.appliedAt ? [`Applied: ${new Date(moved.appliedAt).toISOString()}.`] : []),
        ...(moved.nextAction
          ? [`Next action: ${moved.nextAction.title}, due ${new Date(moved.nextAction.dueAt).toISOString()}.`]
          : []),
      ].join('\n');
    },
  );
}
