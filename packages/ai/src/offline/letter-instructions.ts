/**
 * The user's "instructions for the next run" steer the offline letter instead of being pasted
 * into it: "keep it short", "stress the migration", "don't mention the book club", "more formal".
 * Sentences in the first person ("I am relocating to Denver in June") are facts the letter may use.
 */
import { sentences } from '../text/words.js';
import { contentStems } from '../truth/tokens.js';

export interface LetterInstructions {
  /** Stems of what to lead with. */
  stress: Set<string>;
  /** Stems of what to leave out. */
  avoid: Set<string>;
  short: boolean;
  tone: 'formal' | 'casual' | null;
  /** First-person statements the user wrote, usable as they are. */
  facts: string[];
}

const IMPERATIVE =
  /^(?:please\s+)?(?:keep|make|stress|emphasi[sz]e|highlight|focus|lead|mention|include|add|avoid|skip|leave|omit|don't|do not|never|use|write|sound|be|start|end|open|close|talk|say|cut|shorten)\b/i;
const STRESS = /\b(?:stress|emphasi[sz]e|highlight|focus on|lead with|mention|include|talk about) /i;
const AVOID = /\b(?:don't mention|do not mention|avoid|skip|leave out|omit|never mention|don't talk about) /i;

/** What follows the instruction verb: "stress the platform migration" -> "the platform migration". */
function objectOf(clause: string, verb: RegExp): string | null {
  const m = clause.match(verb);
  return m ? clause.slice(m.index! + m[0].length) : null;
}
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|my|me)\b/;

export function readInstructions(text: string | null | undefined): LetterInstructions {
  const result: LetterInstructions = { stress: new Set(), avoid: new Set(), short: false, tone: null, facts: [] };
  for (const sentence of sentences(text ?? '')) {
    const imperative = IMPERATIVE.test(sentence.trim());
    if (!imperative) {
      if (FIRST_PERSON.test(sentence)) result.facts.push(sentence.trim());
      continue;
    }
    for (const raw of sentence.split(/[,;]|\band\b(?= (?:keep|make|stress|avoid|don't|do not|mention))/i)) {
      const clause = raw.trim().split(/\s+/).join(' ');
      const avoid = objectOf(clause, AVOID);
      const stress = avoid === null ? objectOf(clause, STRESS) : null;
      if (avoid) for (const s of contentStems(avoid)) result.avoid.add(s);
      if (stress) for (const s of contentStems(stress)) result.stress.add(s);
      if (/\b(?:short|shorter|brief|concise|under \d+ words|fewer words)\b/i.test(clause)) result.short = true;
      if (/\b(?:more formal|formal)\b/i.test(clause) && !/\bless formal\b/i.test(clause)) result.tone = 'formal';
      if (/\b(?:less formal|casual|friendly|warm(?:er)?|conversational|relaxed)\b/i.test(clause))
        result.tone = 'casual';
    }
  }
  return result;
}
