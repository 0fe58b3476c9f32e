/**
 * A responder for the Anthropic mock that lies the way real models do, for the people of the
 * truthfulness suite: it tailors the resume by editing the person's own lines (an inflated number, a
 * title, a credential, skills appended to the list, an invented bullet), writes a letter that mixes
 * true sentences with false ones, and fills the research with company "facts" from memory, evidence
 * quotes that are not in the resume, and no gaps.
 */
import type { MockReply, Responder } from './anthropic-mock.js';
import { parseJobForgeRequest } from './responder.js';
import { researchOffline } from '../offline/research.js';
import { RESEARCH_TOOL_NAME } from '../claude/prompts.js';
import type { Person, ResumeEdit } from './people/types.js';

/** The base resume with every lie of the person applied. */
export function applyResumeLies(person: Person, base: string): string {
  const lines = base.split('\n');
  for (const lie of person.resumeLies) applyEdit(lines, lie.edit, lie.id);
  return lines.join('\n');
}

function applyEdit(lines: string[], edit: ResumeEdit, id: string) {
  const needle = 'replace' in edit ? edit.replace : edit.after;
  const index = lines.findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`lie ${id}: "${needle}" is not in the resume`);
  if ('replace' in edit) lines[index] = lines[index]!.replace(edit.replace, edit.with);
  else lines.splice(index + 1, 0, edit.insert);
}

/** The letter: greeting, three paragraphs mixing the true sentences with the lies, thanks, sign-off. */
export function lyingLetter(person: Person): string {
  const truths = person.letterTruths;
  const greeting = truths[0]!;
  const signOff = truths.at(-1)!;
  const thanks = truths.at(-2)!;
  const body = truths.slice(1, -2);
  const lies = person.letterLies.map((l) => l.sentence);
  const sentences: string[] = [];
  const longest = Math.max(body.length, lies.length);
  for (let i = 0; i < longest; i++) {
    if (body[i]) sentences.push(body[i]!);
    if (lies[i]) sentences.push(lies[i]!);
  }
  const third = Math.ceil(sentences.length / 3);
  const paragraphs = [0, 1, 2].map((p) => sentences.slice(p * third, (p + 1) * third).join(' ')).filter(Boolean);
  return [greeting, ...paragraphs, thanks, signOff].join('\n\n') + '\n';
}

export function lyingResearch(person: Person) {
  const truthful = researchOffline(person.application, person.library, person.userContext);
  const lies = person.research;
  return {
    ...truthful,
    companyInsight: {
      points: [...truthful.companyInsight.points.slice(0, 3), ...lies.companyPoints.map((p) => p.sentence)],
      sourceNote: 'From the posting and general knowledge of the company.',
    },
    positioning: {
      strengths: [
        ...truthful.positioning.strengths.slice(0, 3),
        ...lies.fakeEvidence.map((f) => ({ point: f.point, evidence: `Your resume: "${f.marker}."` })),
      ],
      gaps: [],
      summary: lies.noGaps.summary,
    },
  };
}

export function lyingResponder(people: Person[]): Responder {
  return (body): MockReply => {
    const request = parseJobForgeRequest(body);
    const person = people.find((p) => p.application.companyName === request.application.companyName);
    if (!person) return { text: 'I cannot help with that.' };
    if (body?.tool_choice?.type === 'tool' && body.tool_choice.name === RESEARCH_TOOL_NAME) {
      return { toolUse: { name: RESEARCH_TOOL_NAME, input: lyingResearch(person) } };
    }
    if (request.phase === 'resume') {
      const base =
        request.library.find((r) => r.id === request.baseResumeId) ?? request.library.find((r) => !r.isWritingSample)!;
      return { text: applyResumeLies(person, base.content) };
    }
    if (request.phase === 'cover_letter') return { text: lyingLetter(person) };
    return { text: 'OK' };
  };
}
