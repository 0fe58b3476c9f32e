/** Finds skills from the shipped vocabulary in free text, in one pass over its tokens. */
import { SKILL_VOCABULARY } from './skills-vocabulary.js';
import { FIELD_VOCABULARY } from './field-vocabulary.js';

export interface Skill {
  name: string;
  category: string;
  /** Soft skills rank bullets but are not verifiable claims. */
  verifiable: boolean;
}

interface AliasPattern {
  tokens: string[];
  caseSensitive: boolean;
  skill: Skill;
}

export interface SkillMention {
  skill: Skill;
  /** Index of the first token of the mention. */
  tokenIndex: number;
  /** The text as written. */
  surface: string;
}

const UNVERIFIABLE_CATEGORIES = new Set(['soft', 'practices', 'product']);

/** Tokens for skill matching: keeps + # . inside words (c++, c#, node.js) and "/" as its own token. */
export function skillTokens(text: string): string[] {
  return (text.match(/\.?[A-Za-z0-9][A-Za-z0-9+#]*(?:\.[A-Za-z0-9+#]+)*\+*|\//g) ?? []).map((token) =>
    token.replace(/\.$/, ''),
  );
}

function buildIndex() {
  const byFirstToken = new Map<string, AliasPattern[]>();
  const skills: Skill[] = [];
  for (const [category, entries] of Object.entries({ ...SKILL_VOCABULARY, ...FIELD_VOCABULARY })) {
    for (const entry of entries) {
      const [nameSpec, ...aliasSpecs] = entry.split('|');
      const name = nameSpec!.replace(/!$/, '');
      const skill: Skill = { name, category, verifiable: !UNVERIFIABLE_CATEGORIES.has(category) };
      skills.push(skill);
      for (const spec of [nameSpec!, ...aliasSpecs]) {
        const caseSensitive = spec.endsWith('!');
        const tokens = skillTokens(spec.replace(/!$/, '')).map((t) => (caseSensitive ? t : t.toLowerCase()));
        if (tokens.length === 0) continue;
        const key = tokens[0]!.toLowerCase();
        const list = byFirstToken.get(key) ?? [];
        list.push({ tokens, caseSensitive, skill });
        byFirstToken.set(key, list);
      }
    }
  }
  // Longest alias first so "GitHub Actions" wins over "GitHub".
  for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirstToken, skills };
}

const index = buildIndex();

export const ALL_SKILLS: readonly Skill[] = index.skills;

export function findSkillByName(name: string): Skill | undefined {
  const wanted = name.toLowerCase();
  return index.skills.find((skill) => skill.name.toLowerCase() === wanted) ?? findSkills(name)[0]?.skill;
}

export function findSkillMentions(text: string): SkillMention[] {
  const original = skillTokens(text);
  const lower = original.map((t) => t.toLowerCase());
  const mentions: SkillMention[] = [];
  for (let i = 0; i < lower.length; i++) {
    const candidates = index.byFirstToken.get(lower[i]!);
    if (!candidates) continue;
    for (const pattern of candidates) {
      const source = pattern.caseSensitive ? original : lower;
      let matches = true;
      for (let k = 0; k < pattern.tokens.length; k++) {
        if (source[i + k] !== pattern.tokens[k]) {
          matches = false;
          break;
        }
      }
      if (matches) {
        mentions.push({
          skill: pattern.skill,
          tokenIndex: i,
          surface: original.slice(i, i + pattern.tokens.length).join(' '),
        });
        i += pattern.tokens.length - 1;
        break;
      }
    }
  }
  return mentions;
}

/** Distinct skills in a text, in order of first mention. */
export function findSkills(text: string): SkillMention[] {
  const seen = new Set<string>();
  return findSkillMentions(text).filter((mention) => {
    if (seen.has(mention.skill.name)) return false;
    seen.add(mention.skill.name);
    return true;
  });
}

export function skillNames(text: string): Set<string> {
  return new Set(findSkillMentions(text).map((m) => m.skill.name));
}
