/**
 * The offline cover letter, assembled from the person's own bullets, skills and notes in their
 * style: an opening that names the role, two paragraphs of results in their words (each introduced
 * by the employer it belongs to), a bridge when they change careers, and a close. It never splices
 * the posting's sentences in, and the user's instructions steer it rather than appear in it.
 */
import nlp from 'compromise';
import type { ApplicationInput, CandidateInput, JobAnalysis, WritingStyleProfile } from '../types.js';
import { allBullets, bulletText, parseResume } from '../text/resume-structure.js';
import { parseEntryHeader } from '../text/entry-header.js';
import { contentStems, countWords } from '../truth/tokens.js';
import { rankBullets } from './match.js';
import { skillNames } from './skills.js';
import { readInstructions, type LetterInstructions } from './letter-instructions.js';

export interface LetterFacts {
  application: ApplicationInput;
  analysis: JobAnalysis;
  /** The tailored resume (preferred) or the base resume. */
  resumeMarkdown: string;
  /** Everything the user wrote about themselves: library resumes and context. */
  material: string;
  userContext?: string | null;
  candidate?: CandidateInput;
  style: WritingStyleProfile;
}

export interface AssembledLetter {
  markdown: string;
  usedFacts: string[];
}

const PAST_IRREGULAR = new Set(
  'built led ran wrote grew made drove won took set cut brought taught spoke began found held kept sold shipped got gave saw met paid put rebuilt rewrote overhauled'.split(
    ' ',
  ),
);
/** Bullets that open with these were done to the person: "Nominated for..." becomes "I was nominated for...". */
const PASSIVE =
  /^(nominated|selected|awarded|named|chosen|recognized|recognised|elected|promoted|invited|appointed|honored|honoured)\b/i;
const ORG_WORD =
  /\b(?:inc|llc|llp|ltd|corp|co|company|group|hospital|clinic|health|center|centre|school|university|college|institute|academy|bank|labs?|systems|technologies|partners|associates|agency|logistics|foundation|district|council|ministry|department|studio|firm)\b/i;
const TARGET_WORDS = { min: 250, max: 400 };

interface Evidence {
  text: string;
  organization: string | null;
  entry: string;
  section: string;
}

/** The employer of an entry: the part of its header that names an organisation, never a city or a unit. */
function organizationOf(header: string): string | null {
  const parts = parseEntryHeader(header).organizations;
  const named = parts.find((part) => ORG_WORD.test(part));
  if (named) return named;
  return parts.filter((part) => nlp(part).places().length === 0).at(-1) ?? null;
}

/** How a result is introduced: by its employer, or by its project ("For the library app redesign, I ..."). */
function introOf(item: Evidence): string | null {
  if (item.section === 'projects') {
    const header = item.entry.replace(/^\s*#+\s*/, '').replace(/[*_]/g, '');
    // The project's name ends where its details start: "Library app redesign (course project, 2024)".
    const stops = ['(', '—', '–', '|'].map((ch) => header.indexOf(ch)).filter((i) => i >= 0);
    const name = header.slice(0, stops.length ? Math.min(...stops) : header.length).trim();
    return name ? `For the ${lowerFirst(name)}` : null;
  }
  return item.organization ? `At ${item.organization}` : null;
}

/** A bullet as a sentence in the first person, keeping the person's verb, or null when it has none. */
function asSentence(bullet: string): string | null {
  const text = bullet.replace(/[.;]\s*$/, '').trim();
  const first = text.split(/\s+/)[0] ?? '';
  if (PASSIVE.test(first)) return `I was ${lowerFirst(text)}.`;
  const isVerb =
    /ed$/i.test(first) ||
    PAST_IRREGULAR.has(first.toLowerCase()) ||
    (nlp(`I ${first.toLowerCase()} it`).verbs().length > 0 && nlp(first).nouns().length === 0);
  return isVerb ? `I ${lowerFirst(text)}.` : null;
}

/** "... at Stripe, Inc." ends with the company's own full stop, not a second one. */
function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function lowerFirst(text: string): string {
  const first = text.split(/\s+/)[0] ?? '';
  if (first.length > 1 && (first === first.toUpperCase() || /[A-Z]/.test(first.slice(1)))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Results in order of relevance, led by what the user asked to stress, without what they asked to avoid. */
function chooseEvidence(resume: string, analysis: JobAnalysis, instructions: LetterInstructions): Evidence[] {
  const bullets = allBullets(parseResume(resume)).filter((b) => b.section === 'experience' || b.section === 'projects');
  const ranked = rankBullets(
    bullets.map((b) => b.text),
    analysis,
  );
  const stressed = (text: string) => [...contentStems(text)].filter((s) => instructions.stress.has(s)).length;
  const avoided = (text: string) => [...contentStems(text)].some((s) => instructions.avoid.has(s));
  return ranked
    .filter((b) => !avoided(b.text))
    .sort((a, b) => stressed(b.text) - stressed(a.text))
    .map((b) => {
      const source = bullets.find((x) => x.text === b.text)!;
      return {
        text: b.text,
        organization: organizationOf(source.entryHeader),
        entry: source.entryHeader,
        section: source.section,
      };
    });
}

/** Paragraphs of results: each group opens with its employer ("At Mercy General Hospital, I ..."). */
function evidenceParagraphs(evidence: Evidence[], count: number): { paragraphs: string[]; used: string[] } {
  const chosen: Array<Evidence & { sentence: string }> = [];
  const asWritten: Evidence[] = [];
  for (const item of evidence) {
    const sentence = asSentence(item.text);
    if (sentence) chosen.push({ ...item, sentence });
    else if (asWritten.length < 4) asWritten.push(item);
    if (chosen.length >= count) break;
  }
  // Results that do not open with a verb (or are in another language) are quoted as the person wrote them.
  if (chosen.length < 3 && asWritten.length) {
    const paragraphs = evidenceParagraphs(chosen, chosen.length).paragraphs;
    paragraphs.push(`A few results from my resume:\n\n${asWritten.map((item) => `- ${item.text}`).join('\n')}`);
    return { paragraphs, used: [...chosen, ...asWritten].map((c) => c.text) };
  }
  const groups = new Map<string, Array<Evidence & { sentence: string }>>();
  for (const item of chosen) groups.set(item.entry, [...(groups.get(item.entry) ?? []), item]);
  const paragraphs = [...groups.values()].map((items) =>
    items
      .map((item, index) => {
        const intro = index === 0 ? introOf(item) : null;
        if (index === 0) return intro ? `${intro}, ${item.sentence}` : item.sentence;
        return index === 1 ? item.sentence.replace(/^I /, 'I also ') : item.sentence;
      })
      .join(' '),
  );
  return { paragraphs, used: chosen.map((c) => c.text) };
}

/** The first title of the most recent entry, for the career-change bridge. */
function currentTitle(resume: string): string | null {
  const experience = parseResume(resume).sections.find((s) => s.kind === 'experience');
  const header = experience?.entries[0]?.headerLines.join(' ');
  return header ? parseEntryHeader(header).titles[0] ?? null : null;
}

function changesField(current: string | null, role: string): boolean {
  if (!current) return false;
  const a = contentStems(current);
  const b = contentStems(role);
  return ![...b].some((s) => a.has(s));
}

/** Items of the resume's skills section, as the person wrote them. */
function skillsOf(markdown: string): string[] {
  const section = parseResume(markdown).sections.find((s) => s.kind === 'skills');
  if (!section) return [];
  return section.entries
    .flatMap((entry) => [...entry.headerLines, ...entry.textLines, ...entry.bullets])
    .flatMap((line) =>
      bulletText(line)
        .replace(/^[^:]{1,40}:\s*/, '')
        .split(/[,;|·]/),
    )
    .map((item) => item.replace(/[*_]/g, '').trim())
    .filter((item) => item && item.length <= 40);
}

function nameFromResume(markdown: string): string | null {
  const first = markdown
    .split('\n')
    .find((l) => l.trim())
    ?.replace(/^#+\s*/, '')
    .replace(/[*_]/g, '')
    .replace(/,\s*[A-Z]{2,5}$/, '')
    .trim();
  return first && /^[\p{Lu}][\p{L}'-]+(\s+[\p{Lu}][\p{L}.'-]+){1,3}$/u.test(first) ? first : null;
}

export function assembleCoverLetter(facts: LetterFacts): AssembledLetter {
  const { application, analysis, style } = facts;
  const company = application.companyName.trim();
  const role = application.roleTitle.trim();
  const instructions = readInstructions([facts.userContext, application.additionalContext].filter(Boolean).join(' '));
  const contractions = instructions.tone === 'casual' || (instructions.tone !== 'formal' && style.usesContractions);
  const c = (full: string, short: string) => (contractions ? short : full);
  const usedFacts: string[] = [];

  const userSkills = skillNames(facts.material);
  const matching = analysis.skills.filter((s) => userSkills.has(s.name)).map((s) => s.name);
  const opening = [endSentence(`${c('I am', "I'm")} writing to apply for the ${role} position at ${company}`)];
  opening.push(...instructions.facts.slice(0, 2));
  if (instructions.facts.length) usedFacts.push('Your notes for this application');
  if (matching.length) {
    opening.push(`My experience with ${list(matching.slice(0, 4))} matches much of what the role asks for.`);
    usedFacts.push(`Skills from your resume: ${matching.slice(0, 4).join(', ')}`);
  }

  const evidence = chooseEvidence(facts.resumeMarkdown, analysis, instructions);
  // A letter worth sending runs about 250 to 400 words: more results while it is short (the close
  // adds about 70 words), never more than eight.
  let { paragraphs, used } = evidenceParagraphs(evidence, instructions.short ? 3 : 4);
  for (let count = 5; !instructions.short && count <= 8; count++) {
    if (countWords([...opening, ...paragraphs].join(' ')) + 70 >= TARGET_WORDS.min) break;
    ({ paragraphs, used } = evidenceParagraphs(evidence, count));
  }
  usedFacts.push(...used.map((text) => `Resume bullet: ${text}`));
  const body = paragraphs.length
    ? paragraphs
    : [`${c('I have', "I've")} attached my resume, which shows the experience I would bring to this role.`];

  const bridge: string[] = [];
  const title = currentTitle(facts.resumeMarkdown);
  if (changesField(title, role) && instructions.facts.length === 0 && matching.length) {
    bridge.push(
      `Moving from my work as ${
        /^[aeiou]/i.test(title!) ? 'an' : 'a'
      } ${title!.toLowerCase()} into a ${role} role, I bring ${list(matching.slice(0, 3))} with me.`,
    );
  }
  const closing = [...bridge, `${company}'s ${role} role is a strong fit for the work I enjoy most.`];
  const skills = skillsOf(facts.resumeMarkdown).filter((s) => !matching.includes(s));
  const draft = () => countWords([opening, body, closing].flat().join(' '));
  if (!instructions.short && draft() < TARGET_WORDS.min && skills.length >= 2) {
    closing.push(`The tools and methods I rely on most are ${list(skills.slice(0, 6))}.`);
    usedFacts.push(`Skills from your resume: ${skills.slice(0, 6).join(', ')}`);
  }
  if (!instructions.short && draft() < TARGET_WORDS.min)
    closing.push(
      'I would be glad to walk you through any of these results in more detail, and to hear what matters most to the team right now.',
    );
  closing.push(
    endSentence(
      `Thank you for considering my application. I would welcome the chance to talk about how I can contribute to ${company}`,
    ),
  );

  const greetingWord = style.greeting && /^(dear|hello|hi|greetings)$/i.test(style.greeting) ? style.greeting : 'Dear';
  const signOff = style.signOff ?? (instructions.tone === 'casual' ? 'Best' : 'Sincerely');
  const name = facts.candidate?.fullName?.trim() || nameFromResume(facts.resumeMarkdown);
  const letter = [
    `${greetingWord} ${company} hiring team,`,
    opening.join(' '),
    ...body,
    closing.join(' '),
    // The sign-off and the name each on their own line (a Markdown hard break).
    name ? `${signOff},  \n${name}` : `${signOff}.`,
  ];
  return { markdown: letter.join('\n\n') + '\n', usedFacts };
}
