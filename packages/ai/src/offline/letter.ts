/** The offline cover letter: assembled from the user's own bullets, skills and context, in their style. */
import type { ApplicationInput, CandidateInput, JobAnalysis, WritingStyleProfile } from '../types.js';
import { allBullets, bulletText, parseResume } from '../text/resume-structure.js';
import { countWords } from '../truth/tokens.js';
import { parseEntryHeader } from '../text/entry-header.js';
import { rankBullets } from './match.js';
import { skillNames } from './skills.js';
import { sentences } from '../text/words.js';

const PAST_TENSE_IRREGULAR = new Set(
  'built led ran wrote grew made drove won took set cut brought taught spoke began found held kept sold shipped got gave saw met paid put rebuilt rewrote overhauled'.split(
    ' ',
  ),
);

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

export function assembleCoverLetter(facts: LetterFacts): AssembledLetter {
  const { application, analysis, style } = facts;
  const company = application.companyName.trim();
  const role = application.roleTitle.trim();
  const c = (full: string, short: string) => (style.usesContractions ? short : full);
  const usedFacts: string[] = [];

  const userSkills = skillNames(facts.material);
  const matchingSkills = analysis.skills.filter((s) => userSkills.has(s.name)).map((s) => s.name);

  const opening: string[] = [
    endSentence(`${c('I am', "I'm")} writing to apply for the ${role} position at ${company}`),
  ];
  if (matchingSkills.length) {
    opening.push(
      `My experience with ${list(matchingSkills.slice(0, 4))} lines up closely with what the role asks for.`,
    );
    usedFacts.push(`Skills from your resume: ${matchingSkills.slice(0, 4).join(', ')}`);
  }
  const contextSentences = sentences([facts.userContext, application.additionalContext].filter(Boolean).join(' '))
    .filter((s) => /\b(I|my|me|I'm|I've)\b/.test(s))
    .slice(0, 2);
  if (contextSentences.length) {
    opening.push(...contextSentences);
    usedFacts.push('Your notes for this application');
  }

  const bullets = allBullets(parseResume(facts.resumeMarkdown)).filter(
    (b) => b.section === 'experience' || b.section === 'projects',
  );
  // Three results read best; a thin resume gets up to five so the letter is not too short to send.
  const allRanked = rankBullets(
    bullets.map((b) => b.text),
    analysis,
  );
  const ranked = allRanked.slice(
    0,
    allRanked
      .slice(0, 3)
      .map((b) => b.text)
      .join(' ').length < 250
      ? 5
      : 3,
  );
  const evidence: string[] = [];
  let previousOrganization: string | undefined;
  let repeats = 0;
  for (const bullet of ranked) {
    const entry = bullets.find((b) => b.text === bullet.text);
    const organization = entry ? parseEntryHeader(entry.entryHeader).organizations[0] : undefined;
    repeats = organization !== undefined && organization === previousOrganization ? repeats + 1 : 0;
    evidence.push(asSentence(bullet.text, organization, repeats));
    previousOrganization = organization;
    usedFacts.push(`Resume bullet: ${bullet.text}`);
  }
  const body = evidence.length
    ? [`${c('Here is', "Here's")} some of the work I would bring.`, ...evidence].join(' ')
    : `${c('I have', "I've")} attached my resume, which shows the experience I would bring to this role.`;

  const responsibility = analysis.responsibilities.find(
    (r) => [...skillNames(r)].every((s) => userSkills.has(s)) && r.length < 200 && r.split(/\s+/).length >= 5,
  );
  // The posting's own sentences are never spliced into the letter: they read as seams and are not
  // the person's words.
  const closing = [
    `${company}'s ${role} role is a strong fit for the work I enjoy most.`,
    endSentence(
      `Thank you for considering my application. I would welcome the chance to talk about how I can contribute to ${company}`,
    ),
  ];
  // A thin resume gives a thin letter: add the person's own skills and an offer to talk it through.
  const skillsLine = skillsOf(facts.resumeMarkdown);
  const draftWords = countWords([opening.join(' '), body, closing.join(' ')].join(' '));
  if (draftWords < 170 && skillsLine.length >= 2) {
    closing.unshift(`The tools and methods I rely on most are ${list(skillsLine.slice(0, 6))}.`);
    usedFacts.push(`Skills from your resume: ${skillsLine.slice(0, 6).join(', ')}`);
  }
  if (draftWords < 150)
    closing.splice(
      -1,
      0,
      'I would be glad to walk you through any of these results in more detail, and to hear what matters most to the team right now.',
    );

  const greetingWord = style.greeting && /^(dear|hello|hi|greetings)$/i.test(style.greeting) ? style.greeting : 'Dear';
  const signOff = style.signOff ?? 'Sincerely';
  const name = facts.candidate?.fullName?.trim() || nameFromResume(facts.resumeMarkdown);
  const paragraphs = [
    `${greetingWord} ${company} hiring team,`,
    opening.join(' '),
    body,
    closing.join(' '),
    name ? `${signOff},\n${name}` : `${signOff}.`,
  ];
  return { markdown: paragraphs.join('\n\n') + '\n', usedFacts };
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

function asSentence(bullet: string, organization: string | undefined, sameAsBefore: number): string {
  const text = bullet.replace(/[.;]\s*$/, '');
  const firstWord = text.split(/\s+/)[0]!.toLowerCase();
  const isPastTense = /ed$/.test(firstWord) || PAST_TENSE_IRREGULAR.has(firstWord);
  if (sameAsBefore)
    return isPastTense
      ? `${sameAsBefore === 1 ? 'I also' : 'Beyond that, I'} ${lowerFirst(text)}.`
      : `My work there also included: ${lowerFirst(text)}.`;
  const where = organization ? `At ${organization}, ` : '';
  if (isPastTense) return `${where}I ${lowerFirst(text)}.`;
  return `${where ? where + 'my work included' : 'My work has included'}: ${lowerFirst(text)}.`;
}

/** "... at Stripe, Inc." ends with the company's own full stop, not a second one. */
function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function lowerFirst(text: string): string {
  // Keep acronyms and proper nouns ("AWS", "GraphQL") as written.
  const first = text.split(/\s+/)[0] ?? '';
  if (first.length > 1 && (first === first.toUpperCase() || /[A-Z]/.test(first.slice(1)))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function nameFromResume(markdown: string): string | null {
  const first = markdown
    .split('\n')
    .find((l) => l.trim())
    ?.replace(/^#+\s*/, '')
    .replace(/[*_]/g, '')
    .trim();
  return first && /^[A-Z][\p{L}'-]+(\s+[A-Z][\p{L}.'-]+){1,3}$/u.test(first) ? first : null;
}
