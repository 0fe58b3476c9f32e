import { describe, expect, it } from 'vitest';
import { SKILL_VOCABULARY } from '../src/offline/skills-vocabulary.js';
import { CODE_SKILLS } from '../src/offline/skills-code.js';
import { PLATFORM_SKILLS } from '../src/offline/skills-platforms.js';
import { PRACTICE_SKILLS } from '../src/offline/skills-practice.js';

describe('skills vocabulary', () => {
  it('keeps every category of its parts: a category named twice would silently replace the first', () => {
    const parts = [CODE_SKILLS, PLATFORM_SKILLS, PRACTICE_SKILLS].flatMap((part) => Object.keys(part));
    expect(new Set(parts).size).toBe(parts.length);
    expect(Object.keys(SKILL_VOCABULARY)).toEqual(parts);
  });
});
