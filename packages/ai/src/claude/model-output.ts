/** Reading what Claude returned: the research tool call (checked, clamped, or sent back once). */
import type Anthropic from '@anthropic-ai/sdk';
import { parseResearchData, type ParsedResearch } from '../model/phase-requests.js';
import type { MessageParams } from './claude-client.js';
import { RESEARCH_TOOL_NAME } from './prompts.js';

export function parseResearch(message: Anthropic.Message): ParsedResearch {
  const toolUse = message.content.find(
    (b): b is Anthropic.ToolUseBlock => b.type === 'tool_use' && b.name === RESEARCH_TOOL_NAME,
  );
  if (!toolUse) return { ok: false, problem: `no ${RESEARCH_TOOL_NAME} call (stop reason ${message.stop_reason})` };
  return parseResearchData(toolUse.input);
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
