/**
 * One way to declare a tool: zod input shape, description, whether it changes anything, and a function
 * that returns Markdown. Refusals from the API become tool errors with the API's own message (not
 * found, read-only token, the rejected field); anything else becomes a tool error that names no
 * internals, and is reported to the host (its log), never to the assistant.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ShapeOutput, ZodRawShapeCompat } from '@modelcontextprotocol/sdk/server/zod-compat.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { JobForgeFailure, type JobForgeCalls } from '../calls.js';

export interface ToolContext {
  calls: JobForgeCalls;
  /** The token may only read: tools that change something refuse before calling the API (which refuses too). */
  readOnly: boolean;
  onUnexpected(error: unknown, tool: string): void;
}

export interface ToolSpec<Shape extends ZodRawShapeCompat> {
  name: string;
  title: string;
  description: string;
  inputSchema: Shape;
  /** Changes data: refused on a read-only token. */
  writes: boolean;
  /** Calling twice with the same input leaves the same state (documents, stages). */
  idempotent?: boolean;
}

export const READ_ONLY_REFUSAL =
  'This API token is read-only: it cannot change anything. Create a read_write token in Job Forge (Settings, API tokens) to let the assistant do this.';

export function textResult(text: string): CallToolResult {
  return { content: [{ type: 'text', text }] };
}

export function errorResult(text: string): CallToolResult {
  return { content: [{ type: 'text', text }], isError: true };
}

export function defineTool<Shape extends ZodRawShapeCompat>(
  server: McpServer,
  context: ToolContext,
  spec: ToolSpec<Shape>,
  run: (args: ShapeOutput<Shape>) => Promise<string>,
): void {
  server.registerTool(
    spec.name,
    {
      title: spec.title,
      description: spec.writes ? `${spec.description} Needs a read_write token.` : spec.description,
      inputSchema: spec.inputSchema,
      annotations: {
        title: spec.title,
        readOnlyHint: !spec.writes,
        destructiveHint: false,
        idempotentHint: spec.idempotent ?? !spec.writes,
        openWorldHint: false,
      },
    },
    // The SDK types the arguments from the shape; its callback type is not generic over Shape here.
    (async (args: ShapeOutput<Shape>) => {
      if (spec.writes && context.readOnly) return errorResult(`${READ_ONLY_REFUSAL} (FORBIDDEN)`);
      try {
        return textResult(await run(args));
      } catch (error) {
        if (error instanceof JobForgeFailure) return errorResult(`${error.message} (${error.code})`);
        context.onUnexpected(error, spec.name);
        return errorResult('Something went wrong in the Job Forge MCP server; it has been logged.');
      }
    }) as never,
  );
}
