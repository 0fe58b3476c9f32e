/**
 * The skills vocabulary shipped with the offline engine and used by the validators.
 * Each entry is "Canonical name|alias|alias"; a trailing "!" on a name or alias means it only
 * matches with exactly that capitalisation (so the verb "go" is not the language Go).
 * Category "soft" is used for ranking but never treated as a verifiable claim.
 */
import { CODE_SKILLS } from './skills-code.js';
import { PLATFORM_SKILLS } from './skills-platforms.js';
import { PRACTICE_SKILLS } from './skills-practice.js';

// Split by field only to keep each list short enough to review; the order of categories is kept.
export const SKILL_VOCABULARY: Record<string, string[]> = {
  ...CODE_SKILLS,
  ...PLATFORM_SKILLS,
  ...PRACTICE_SKILLS,
};
