/**
 * What every model engine asks and how its answer becomes a draft, whichever API carries it: the
 * task text of each phase (base resume chosen and bullets ranked by code, the posting's skills the
 * person lacks, the style profile), the parsing of research data, and the drafts handed to the
 * truth check. Claude and OpenAI-compatible servers differ only in how they are called.
 */
import { AiError } from '../errors.js';
import type {
  CoverLetterInput,
  EngineName,
  ResearchData,
  ResearchInput,
  RunOptions,
  TailorResumeInput,
  TokenUsage,
  WritingStyleProfile,
} from '../types.js';
import { emptyUsage, researchDataSchema } from '../types.js';
import type { CallContext } from '../providers/provider-call.js';
import type { LetterDraft, ResumeDraft } from '../truth/verify.js';
import { applicationBlock, fence } from '../claude/prompts.js';
import { analysisFor } from '../offline/phases.js';
import { selectBaseResume } from '../offline/select-base.js';
import { rankBullets } from '../offline/match.js';
import { skillNames } from '../offline/skills.js';
import { allBullets, parseResume } from '../text/resume-structure.js';
import { profileWritingStyle } from '../offline/writing-style.js';
import { countWords } from '../truth/tokens.js';

/** The figures every draft carries: who wrote it, what it used and cost, how long it took. */
export interface DraftMeta {
  engine: EngineName;
  model: string;
  usage: TokenUsage;
  costUsd: number;
  latencyMs: number;
}

export function researchUserText(input: ResearchInput, instruction: string): string {
  const task = fence(
    'task',
    `Phase: research. Analyse the job below for this candidate and ${instruction} In companyInsight.points, use only what the posting and the user context say; companyInsight.sourceNote must say that.`,
  );
  return `${task}\n\n${applicationBlock(input.application, input.userContext)}`;
}

export type ParsedResearch = { ok: true; data: ResearchData } | { ok: false; problem: string };

export function parseResearchData(value: unknown): ParsedResearch {
  const result = researchDataSchema.safeParse(clampLists(value));
  if (result.success) return { ok: true, data: result.data };
  const problem = result.error.issues
    .slice(0, 8)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, problem };
}

const LIST_LIMITS: Record<string, number> = {
  mustHave: 40,
  niceToHave: 40,
  skills: 80,
  responsibilities: 40,
  keywords: 60,
  strengths: 12,
  gaps: 12,
  points: 15,
};

/** A list longer than the schema allows is cut rather than sent back for repair: the extra items add little. */
function clampLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clampLists);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      Array.isArray(item) && LIST_LIMITS[key] ? item.slice(0, LIST_LIMITS[key]).map(clampLists) : clampLists(item),
    ]),
  );
}

/** Models sometimes wrap Markdown in a code fence or add a line before it. */
export function unwrapMarkdown(text: string): string {
  let out = text.trim();
  // `out` is trimmed, so the closing fence ends the text.
  const fenced = out.match(/^```(?:markdown|md)?[^\S\n]*\n([\s\S]*?)\n```$/);
  if (fenced) out = fenced[1]!.trim();
  out = out.replace(/^(here is|here's|below is)[^\n]*:\s*\n+/i, '');
  return out + '\n';
}

export function resumeRequest(input: TailorResumeInput) {
  const analysis = analysisFor(input);
  const selection = selectBaseResume(input.library, input.application.jobDescription, analysis, input);
  const ranked = rankBullets(
    allBullets(parseResume(selection.resume.content)).map((b) => b.text),
    analysis,
  ).slice(0, 12);
  const known = skillNames(input.library.map((entry) => entry.content).join('\n'));
  const missing = analysis.skills
    .map((s) => s.name)
    .filter((name) => !known.has(name))
    .slice(0, 15);
  const skillsOf = (importance: 'must' | 'nice') =>
    analysis.skills
      .filter((s) => s.importance === importance)
      .map((s) => s.name)
      .join(', ') || 'none named';
  const task = fence(
    'task',
    [
      `Phase: tailored resume. Start from the base resume id="${selection.resume.id}" ("${selection.resume.name}") in the library. Why this one: ${selection.data.baseResume.reason}`,
      `The posting's required skills: ${skillsOf('must')}. Helpful: ${skillsOf('nice')}.`,
      `The candidate's bullets ranked by relevance (most relevant first):\n${ranked
        .map((b) => `- (${b.score}) ${b.text}`)
        .join('\n')}`,
      missing.length
        ? `The posting asks for ${missing.join(', ')}, which the candidate's material does not show: do not add them.`
        : '',
      'Output only the tailored resume in Markdown.',
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  const research = input.research?.markdown ? `\n\n${fence('research', input.research.markdown)}` : '';
  return {
    analysis,
    selection,
    ranked,
    userText: `${task}\n\n${applicationBlock(input.application, input.userContext)}${research}`,
  };
}

export type ResumeRequest = ReturnType<typeof resumeRequest>;

export function resumeDraft(request: ResumeRequest, text: string, meta: DraftMeta, by: string): ResumeDraft {
  const { selection, ranked, analysis } = request;
  return {
    phase: 'resume',
    markdown: unwrapMarkdown(text),
    data: { ...selection.data, rankedBullets: ranked.map(({ text, score, matched }) => ({ text, score, matched })) },
    baseResume: selection.resume.content,
    analysis,
    changes: [`Tailored by ${by} from "${selection.resume.name}".`],
    notes: [selection.data.baseResume.reason],
    ...meta,
  };
}

export function letterRequest(input: CoverLetterInput) {
  const samples = [
    ...input.library.filter((e) => e.isWritingSample).map((e) => e.content),
    ...(input.previousLetters ?? []),
  ];
  const style = profileWritingStyle(samples);
  const name = input.candidate?.fullName?.trim();
  const task = fence(
    'task',
    [
      `Phase: cover letter for the ${input.application.roleTitle} role at ${input.application.companyName}.`,
      `Style profile from the candidate's own writing: ${style.notes.join(' ')}${
        style.greeting ? ` Usual greeting: "${style.greeting}".` : ''
      }${style.signOff ? ` Usual sign-off: "${style.signOff}".` : ''}`,
      name ? `Sign the letter as ${name}.` : "Sign the letter with the name at the top of the candidate's resume.",
      'Output only the letter in Markdown.',
    ].join('\n'),
  );
  const extra = [
    input.research?.markdown ? fence('research', input.research.markdown) : '',
    input.tailoredResume ? fence('tailored_resume', input.tailoredResume) : '',
    ...(input.previousLetters ?? []).slice(0, 3).map((letter) => fence('previous_letter', letter)),
  ].filter(Boolean);
  return { style, userText: [task, applicationBlock(input.application, input.userContext), ...extra].join('\n\n') };
}

export type LetterRequest = ReturnType<typeof letterRequest>;

export function letterDraft(style: WritingStyleProfile, text: string, meta: DraftMeta): LetterDraft {
  const markdown = unwrapMarkdown(text);
  return {
    phase: 'cover_letter',
    markdown,
    data: { wordCount: countWords(markdown), style, usedFacts: [] as string[] },
    notes: [],
    ...meta,
  };
}

/** A document the model stopped writing because it hit its output limit is never saved half-written. */
export function cutOffError(document: 'resume' | 'letter', provider: 'anthropic' | 'openai-compatible'): AiError {
  const what = document === 'resume' ? 'The tailored resume' : 'The cover letter';
  return new AiError('bad_output', `${what} was cut off because it grew too long, so it was not saved. Try again.`, {
    provider,
  });
}

/**
 * Runs one phase with its own usage counter. A failed phase still consumed (and is billed for) the
 * tokens of its calls: the error carries them.
 */
export async function withCallUsage<T>(
  options: RunOptions,
  cost: (usage: TokenUsage) => number,
  run: (context: CallContext) => Promise<T>,
): Promise<T> {
  const context: CallContext = { usage: emptyUsage(), ...options };
  try {
    return await run(context);
  } catch (error) {
    if (error instanceof AiError && !error.usage) {
      error.usage = context.usage;
      error.costUsd = cost(error.usage);
    }
    throw error;
  }
}
