/** Resume chunks for embeddings: one per section introduction and one per bullet, each with its section. */
import type { ResumeChunk } from './types.js';
import { bulletText, parseResume } from './text/resume-structure.js';

const MAX_CHUNK_CHARS = 2_000;

export function chunkResume(content: string): ResumeChunk[] {
  const chunks: ResumeChunk[] = [];
  const push = (section: string, text: string) => {
    const body = text.replace(/\s+/g, ' ').trim();
    if (!body) return;
    chunks.push({ index: chunks.length, section, content: `${section}: ${body}`.slice(0, MAX_CHUNK_CHARS) });
  };
  for (const section of parseResume(content).sections) {
    for (const entry of section.entries) {
      const context = entry.headerLines.map((l) => l.replace(/[#*_]/g, '').trim()).join(' · ');
      const label = context && section.kind !== 'header' ? `${section.title} — ${context}` : section.title;
      // Header lines and prose form one chunk; every bullet is its own chunk, carrying its entry's context.
      push(section.title, [...entry.headerLines, ...entry.textLines].map((l) => l.replace(/[#*_]/g, '')).join(' '));
      for (const bullet of entry.bullets) push(label, bulletText(bullet));
    }
  }
  return chunks;
}
