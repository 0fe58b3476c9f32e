/**
 * The Job Forge MCP server: eight tools over any transport, bound to one user's calls. Built per
 * connection (stdio) or per request (Streamable HTTP, stateless), so it never holds another user's
 * credentials.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { JobForgeCalls } from './calls.js';
import { registerApplicationTools } from './tools/application-tools.js';
import { registerDocumentTools } from './tools/document-tools.js';
import { registerReminderTools } from './tools/reminder-tools.js';

export const SERVER_INFO = { name: 'jobforge', version: '1.0.0' } as const;

const INSTRUCTIONS = [
  "Job Forge keeps the user's job applications and writes, per application, a research report, a tailored resume and a cover letter from the user's own resume library.",
  'Find applications with list_applications; read one with get_application. The AI pipeline runs in order: run_phase research, then resume, then cover_letter; read the results with get_document and save edits with update_document (send the whole text and the baseVersion).',
  'Track the hiring process with move_stage and list_reminders. Ids are UUIDs; an id the user does not own reads as not found.',
].join(' ');

export interface JobForgeMcpOptions {
  calls: JobForgeCalls;
  /** True for a read-only API token: the tools that change data refuse. */
  readOnly: boolean;
  /** A tool failed for a reason that is not the API's answer (a bug): log it; the assistant gets no details. */
  onUnexpected?: (error: unknown, tool: string) => void;
}

export function createJobForgeMcpServer(options: JobForgeMcpOptions): McpServer {
  const server = new McpServer(SERVER_INFO, { capabilities: { tools: {} }, instructions: INSTRUCTIONS });
  const context = {
    calls: options.calls,
    readOnly: options.readOnly,
    onUnexpected: options.onUnexpected ?? (() => {}),
  };
  registerApplicationTools(server, context);
  registerDocumentTools(server, context);
  registerReminderTools(server, context);
  return server;
}
