/**
 * Who wrote a document's text, in words: the user, or which engine and model. The API stores AI
 * authors as `engine:model` (documents.author); older texts have no author recorded.
 */
import { engineName } from './engine-name';

export function authorLabel(source: 'user' | 'ai', author: string | null): string {
  if (source === 'user') return 'You';
  if (!author) return 'AI';
  const split = author.indexOf(':');
  const name = split < 0 ? engineName(author) : engineName(author.slice(0, split), author.slice(split + 1));
  // Shown as a badge, where "the offline engine" reads better capitalised and without "the".
  return name.replace(/^the o/, 'O').replace(/^an O/, 'O');
}
