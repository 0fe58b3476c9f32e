/** Which engines write and match documents on this server, as the settings page shows it (from `ai.status`). */
import type { AiEngineName } from '@jobforge/domain';
import type { ServerApi } from './api.server';

export interface AiEngineSummary {
  textEngine: AiEngineName;
  textModel: string | null;
  embeddings: 'openai' | 'keywords';
  embeddingModel: string | null;
}

export async function readAiEngine(api: ServerApi): Promise<AiEngineSummary> {
  const status = await api.load((caller) => caller.ai.status());
  const openai = status.vectors === 'semantic';
  return {
    textEngine: status.textEngine,
    textModel: status.textEngine === 'offline' ? null : status.textModel,
    embeddings: openai ? 'openai' : 'keywords',
    embeddingModel: openai ? status.openai.model : null,
  };
}
