/** Reading what Claude returned: the research tool call (checked, clamped, or sent back once) and streamed Markdown. */
import type Anthropic from '@anthropic-ai/sdk';
import type { ResearchData } from '../types.js';
import { researchDataSchema } from '../types.js';
import type { MessageParams } from './claude-client.js';
import { RESEARCH_TOOL_NAME } from './prompts.js';

export function parseResearch(
  message: Anthropic.Message,
): { ok: true; data: ResearchData } | { ok: false; problem: string } {
  const toolUse = message.content.find(
    (b): b is Anthropic.ToolUseBlock => b.type === 'tool_use' && b.name === RESEARCH_TOOL_NAME,
  );
  if (!toolUse) return { ok: false, problem: `no ${RESEARCH_TOOL_NAME} call (stop reason ${message.stop_reason})` };
  const result = researchDataSchema.safeParse(clampLists(toolUse.input));
  if (result.success) return { ok: true, data: result.data };
  const problem = result.error.issues
    .slice(0, 8)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, problem };
}

const LIST_LIMITS: Record<string, number> = {
  mustHave: 40,
  niceToHave: 40,
  skills: 80,
  responsibilities: 40,
  keywords: 60,
  strengths: 12,
  gaps: 12,
  points: 15,
};

/** A list longer than the schema allows is cut rather than sent back for repair: the extra items add little. */
function clampLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clampLists);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      Array.isArray(item) && LIST_LIMITS[key] ? item.slice(0, LIST_LIMITS[key]).map(clampLists) : clampLists(item),
    ]),
  );
}

/** Models sometimes wrap Markdown in a code fence or add a line before it. */
export function unwrapMarkdown(text: string): string {
  let out = text.trim();
  // `out` is trimmed, so the closing fence ends the text.
  const fenced = out.match(/^```(?:markdown|md)?[^\S\n]*\n([\s\S]*?)\n```$/);
  if (fenced) out = fenced[1]!.trim();
  out = out.replace(/^(here is|here's|below is)[^\n]*:\s*\n+/i, '');
  return out + '\n';
}

/** The same conversation plus the model's wrong answer and what was wrong with it, for one repair attempt. */
export function researchRepairRequest(
  params: MessageParams,
  message: Anthropic.Message,
  problem: string,
): MessageParams {
  const toolUse = message.content.find((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use');
  return {
    ...params,
    messages: [
      ...params.messages,
      { role: 'assistant', content: message.content as Anthropic.ContentBlockParam[] },
      {
        role: 'user',
        content: toolUse
          ? [
              {
                type: 'tool_result',
                tool_use_id: toolUse.id,
                is_error: true,
                content: `The input did not match the schema: ${problem}. Call ${RESEARCH_TOOL_NAME} again with the whole corrected input.`,
              },
            ]
          : [
              {
                type: 'text',
                text: `You did not call ${RESEARCH_TOOL_NAME}. Call it now with the complete research.`,
              },
            ],
      },
    ],
  };
}
