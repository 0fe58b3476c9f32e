/**
 * Lexical vectors: hashed, log-weighted term counts (plus skills) in the same 1,536 dimensions as
 * the semantic embeddings, so storage code is shared. They measure word overlap, not meaning, and
 * are labelled 'lexical' wherever they go.
 */
import { skillNames } from './skills.js';
import { terms } from '../text/words.js';

export const LEXICAL_MODEL = 'jobforge-lexical-v1';
export const VECTOR_DIMENSIONS = 1536;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function lexicalVector(text: string): number[] {
  const counts = new Map<string, number>();
  for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  // Skills weigh more than ordinary words: they are what postings and resumes are matched on.
  for (const skill of skillNames(text)) counts.set(`skill:${skill}`, (counts.get(`skill:${skill}`) ?? 0) + 2);
  const vector = new Array<number>(VECTOR_DIMENSIONS).fill(0);
  for (const [term, count] of counts) {
    const hash = fnv1a(term);
    const sign = hash & 1 ? 1 : -1;
    vector[hash % VECTOR_DIMENSIONS]! += sign * (1 + Math.log(count));
  }
  const norm = Math.sqrt(vector.reduce((sum, v) => sum + v * v, 0));
  return norm === 0 ? vector : vector.map((v) => v / norm);
}

export function cosineSimilarity(a: number[], b: number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i]! * b[i]!;
    normA += a[i]! * a[i]!;
    normB += b[i]! * b[i]!;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
