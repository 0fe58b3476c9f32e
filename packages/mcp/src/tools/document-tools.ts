/** run_phase, get_document, update_document. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import {
  AI_PHASES,
  DOCUMENT_TYPES,
  documentFields,
  LIMITS,
  oneOf,
  optionalText,
  PHASE_DOCUMENT,
} from '@jobforge/domain';
import { renderDocument, renderRun } from '../render.js';
import { applicationId } from './application-tools.js';
import { defineTool, type ToolContext } from './tool-kit.js';

const documentType = () =>
  oneOf(DOCUMENT_TYPES).describe('research_report, optimized_resume (the tailored resume) or cover_letter.');

export function registerDocumentTools(server: McpServer, context: ToolContext): void {
  const { calls } = context;

  defineTool(
    server,
    context,
    {
      name: 'run_phase',
      title: 'Run an AI phase',
      description:
        "Runs one phase of the AI pipeline on an application and waits for it: research (a research report), resume (a resume tailored from the user's own library) or cover_letter. Each phase builds on the earlier ones. Answers with the run (engine, tokens, cost) and the document it wrote. Counts against the user's AI limits.",
      inputSchema: {
        applicationId: applicationId(),
        phase: oneOf(AI_PHASES).describe('research, resume or cover_letter.'),
        userContext: optionalText(LIMITS.additionalContext).describe(
          'Extra guidance for this run (what to stress, what to leave out).',
        ),
      },
      writes: true,
      idempotent: false,
    },
    async ({ applicationId: id, phase, userContext }) => {
      const run = await calls.runPhase({
        applicationId: id,
        phase,
        wait: true,
        ...(userContext ? { userContext } : {}),
      });
      if (run.status !== 'succeeded') return renderRun(run);
      const document = await calls.getDocument({ applicationId: id, type: PHASE_DOCUMENT[phase] });
      return document ? `${renderRun(run)}\n\n${renderDocument(document)}` : renderRun(run);
    },
  );

  defineTool(
    server,
    context,
    {
      name: 'get_document',
      title: 'Read a document',
      description:
        "One of an application's documents as Markdown, with its version: the research report, the tailored resume or the cover letter.",
      inputSchema: { applicationId: applicationId(), type: documentType() },
      writes: false,
    },
    async ({ applicationId: id, type }) => {
      const document = await calls.getDocument({ applicationId: id, type });
      if (document) return renderDocument(document);
      return `This application has no ${type} yet. run_phase writes it (research_report: phase research; optimized_resume: phase resume; cover_letter: phase cover_letter).`;
    },
  );

  defineTool(
    server,
    context,
    {
      name: 'update_document',
      title: 'Save a document',
      description:
        'Replaces the text of a document with new Markdown (the previous text is kept as a version and can be restored in Job Forge). Send the whole document, not a diff. Pass baseVersion (from get_document) so a newer edit made elsewhere is never overwritten.',
      inputSchema: {
        applicationId: applicationId(),
        type: documentType(),
        content: documentFields.content.describe('The complete new text, in Markdown.'),
        baseVersion: z
          .number({ error: 'must be a version number' })
          .int('must be a whole number')
          .min(0, 'must be 0 or more')
          .optional()
          .describe('The version this edit started from (get_document shows it).'),
      },
      writes: true,
      idempotent: true,
    },
    async (input) => {
      const saved = await calls.updateDocument(input);
      return `Saved ${saved.documentType} of application ${saved.applicationId} as version ${saved.version} (${saved.content.length} characters).`;
    },
  );
}
