/**
 * Who wrote a document's text, in words: the user, or which engine and model. The API stores AI
 * authors as `engine:model` (documents.author); older texts have no author recorded.
 */
export function authorLabel(source: 'user' | 'ai', author: string | null): string {
  if (source === 'user') return 'You';
  if (!author) return 'AI';
  const split = author.indexOf(':');
  const engine = split < 0 ? author : author.slice(0, split);
  const model = split < 0 ? '' : author.slice(split + 1);
  if (engine === 'offline') return 'Offline engine';
  const name = engine === 'claude' ? 'Claude' : engine === 'openai-compatible' ? 'OpenAI-compatible model' : engine;
  return model ? `${name} (${model})` : name;
}
