/** How the pages name the engine and model that wrote a document, so the person always knows which ran. */
import type { AiEngineName } from '@jobforge/domain';

export function engineName(engine: AiEngineName | string, model?: string | null): string {
  if (engine === 'claude') return model ? `Claude (${model})` : 'Claude';
  if (engine === 'openai-compatible')
    return model ? `${model} (OpenAI-compatible server)` : 'an OpenAI-compatible server';
  return 'the offline engine';
}
