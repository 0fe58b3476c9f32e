import type { HandlerArgs, ProtectedContext } from '../context.js';
import { usageOf } from './limits.js';

/** Which engines are live, whether semantic matching is on, and the user's limits and usage today. */
export async function aiStatus({ ctx }: HandlerArgs<ProtectedContext, unknown>) {
  const engine = ctx.services.ai.engine.status();
  const usage = await usageOf(ctx.db, ctx.user.id, ctx.services.config.limits);
  const semantic = engine.vectors === 'semantic' && ctx.services.database.capabilities.vector;
  return {
    ...engine,
    semanticMatching: semantic,
    semanticMatchingNote: semantic
      ? 'Resumes are matched to postings with OpenAI embeddings stored in pgvector.'
      : engine.vectors !== 'semantic'
      ? 'No OpenAI key is set: resumes are matched to postings by keywords and word overlap.'
      : 'The database has no pgvector extension: resumes are matched to postings by keywords and word overlap.',
    usage,
  };
}
