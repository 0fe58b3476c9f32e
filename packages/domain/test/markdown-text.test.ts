import { describe, expect, it } from 'vitest';
import { excerpt, markdownToText } from '../src/markdown-text.js';

describe('markdownToText', () => {
  it('keeps the words, hyphens and parentheses, and drops the marks and link targets', () => {
    expect(markdownToText('# Ada\n\n- **Built** [engines](https://x)')).toBe('Ada Built engines');
    expect(markdownToText('Phone: (312) 555-0148 · *well-known* `code` ![logo](a.png)')).toBe(
      'Phone: (312) 555-0148 · well-known code',
    );
    expect(markdownToText('> quoted\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |')).toBe('quoted a b 1 2');
  });

  it('cuts an excerpt at a word and says so', () => {
    expect(excerpt('word '.repeat(100), 22)).toBe('word word word word…');
    expect(excerpt('short', 22)).toBe('short');
  });
});
