/** Which engines write and match documents on this server, as the settings page shows it (from `ai.status`). */
import type { ServerApi } from './api.server';

export interface AiEngineSummary {
  textEngine: 'claude' | 'offline';
  textModel: string | null;
  embeddings: 'openai' | 'keywords';
  embeddingModel: string | null;
}

export async function readAiEngine(api: ServerApi): Promise<AiEngineSummary> {
  const status = await api.load((caller) => caller.ai.status());
  const claude = status.textEngine === 'claude';
  const openai = status.vectors === 'semantic';
  return {
    textEngine: claude ? 'claude' : 'offline',
    textModel: claude ? status.claude.model : null,
    embeddings: openai ? 'openai' : 'keywords',
    embeddingModel: openai ? status.openai.model : null,
  };
}
