/** How a run's engine is named to the person: in the research report, progress steps and errors. */
import type { EngineName } from '../types.js';

export function engineLabel(engine: EngineName, model?: string): string {
  if (engine === 'claude') return 'Claude';
  if (engine === 'openai-compatible')
    return model ? `${model} (OpenAI-compatible server)` : 'the OpenAI-compatible server';
  return 'the offline engine';
}
