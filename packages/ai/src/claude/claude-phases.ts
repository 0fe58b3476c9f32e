/** The three phases on Claude: research through a forced tool, resume and letter streamed. */
import type Anthropic from '@anthropic-ai/sdk';
import { AiError, throwIfAborted } from '../errors.js';
import type {
  CoverLetterInput,
  ResearchData,
  ResearchInput,
  RunOptions,
  TailorResumeInput,
  TokenUsage,
} from '../types.js';
import type { LetterDraft, ResearchDraft, ResumeDraft } from '../truth/verify.js';
import { emptyUsage } from '../types.js';
import type { ClaudeClient } from './claude-client.js';
import { type CallContext, type MessageParams } from './claude-client.js';
import { applicationBlock, fence, RESEARCH_TOOL_NAME, systemBlocks, TOOLS } from './prompts.js';
import { parseResearch, researchRepairRequest, unwrapMarkdown } from './model-output.js';
import { claudeCostUsd } from '../usage.js';
import { validateInput } from '../input.js';
import { COMPANY_SOURCE_NOTE, renderResearchReport } from '../render/research-report.js';
import { analysisFor } from '../offline/phases.js';
import { selectBaseResume } from '../offline/select-base.js';
import { rankBullets } from '../offline/match.js';
import { skillNames } from '../offline/skills.js';
import { allBullets, parseResume } from '../text/resume-structure.js';
import { profileWritingStyle } from '../offline/writing-style.js';
import { countWords } from '../truth/tokens.js';

export interface ClaudeMaxTokens {
  research: number;
  resume: number;
  coverLetter: number;
}

function baseParams(
  input: ResearchInput,
  maxTokens: number,
  userText: string,
  forceResearchTool: boolean,
): MessageParams {
  return {
    max_tokens: maxTokens,
    // The same tools in every phase keep the cached prefix shared across phases; only the choice differs.
    tools: TOOLS as unknown as Anthropic.Tool[],
    tool_choice: forceResearchTool ? { type: 'tool', name: RESEARCH_TOOL_NAME } : { type: 'none' },
    system: systemBlocks(input),
    messages: [{ role: 'user', content: [{ type: 'text', text: userText }] }],
  };
}

function finish(client: ClaudeClient, started: number, usage: TokenUsage) {
  return {
    engine: 'claude' as const,
    model: client.model,
    usage,
    costUsd: claudeCostUsd(client.model, usage),
    latencyMs: Math.round(performance.now() - started),
  };
}

async function researchPhase(
  client: ClaudeClient,
  input: ResearchInput,
  maxTokens: number,
  options: RunOptions,
  context: CallContext,
): Promise<ResearchDraft> {
  const started = performance.now();
  validateInput(input);
  options.onProgress?.({ type: 'step', label: 'Analysing the job description with Claude' });
  const task = fence(
    'task',
    `Phase: research. Analyse the job below for this candidate and call ${RESEARCH_TOOL_NAME}. In companyInsight.points, use only what the posting and the user context say; companyInsight.sourceNote must say that.`,
  );
  const params = baseParams(
    input,
    maxTokens,
    `${task}\n\n${applicationBlock(input.application, input.userContext)}`,
    true,
  );
  let message = await client.create(params, context);
  let parsed = parseResearch(message);
  if (!parsed.ok) {
    // One repair attempt: show the model exactly what was wrong with its tool input.
    options.onProgress?.({
      type: 'step',
      label: 'The analysis did not match the expected structure; asking Claude to correct it',
    });
    throwIfAborted(options.signal);
    const repair = researchRepairRequest(params, message, parsed.problem);
    message = await client.create(repair, context);
    parsed = parseResearch(message);
    if (!parsed.ok) {
      throw new AiError(
        'bad_output',
        'Claude returned a research analysis in the wrong shape twice, so nothing was saved. Try again.',
        { provider: 'anthropic', details: { problem: parsed.problem } },
      );
    }
  }
  const data: ResearchData = parsed.data;
  options.onProgress?.({ type: 'step', label: 'Checking the analysis against the posting and your material' });
  const markdown = renderResearchReport(input.application, data, 'claude');
  return { phase: 'research', markdown, data, notes: [COMPANY_SOURCE_NOTE], ...finish(client, started, context.usage) };
}

async function resumePhase(
  client: ClaudeClient,
  input: TailorResumeInput,
  maxTokens: number,
  options: RunOptions,
  context: CallContext,
): Promise<ResumeDraft> {
  const started = performance.now();
  validateInput(input);
  const analysis = analysisFor(input);
  options.onProgress?.({ type: 'step', label: 'Choosing the base resume' });
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
  const task = fence(
    'task',
    [
      `Phase: tailored resume. Start from the base resume id="${selection.resume.id}" ("${selection.resume.name}") in the library. Why this one: ${selection.data.baseResume.reason}`,
      `The posting's required skills: ${
        analysis.skills
          .filter((s) => s.importance === 'must')
          .map((s) => s.name)
          .join(', ') || 'none named'
      }. Helpful: ${
        analysis.skills
          .filter((s) => s.importance === 'nice')
          .map((s) => s.name)
          .join(', ') || 'none named'
      }.`,
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
  options.onProgress?.({ type: 'step', label: `Tailoring "${selection.resume.name}" with Claude` });
  const streamed = await client.streamText(
    baseParams(
      input,
      maxTokens,
      `${task}\n\n${applicationBlock(input.application, input.userContext)}${research}`,
      false,
    ),
    context,
  );
  if (streamed.stopReason === 'max_tokens') {
    throw new AiError(
      'bad_output',
      'The tailored resume was cut off because it grew too long, so it was not saved. Try again.',
      { provider: 'anthropic' },
    );
  }
  options.onProgress?.({ type: 'step', label: 'Checking every line against your own material' });
  const data = {
    ...selection.data,
    rankedBullets: ranked.map(({ text, score, matched }) => ({ text, score, matched })),
  };
  return {
    phase: 'resume',
    markdown: unwrapMarkdown(streamed.text),
    data,
    baseResume: selection.resume.content,
    analysis,
    changes: [`Tailored by Claude from "${selection.resume.name}".`],
    notes: [selection.data.baseResume.reason],
    ...finish(client, started, context.usage),
  };
}

async function coverLetterPhase(
  client: ClaudeClient,
  input: CoverLetterInput,
  maxTokens: number,
  options: RunOptions,
  context: CallContext,
): Promise<LetterDraft> {
  const started = performance.now();
  validateInput(input);
  options.onProgress?.({ type: 'step', label: 'Profiling your writing style' });
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
  options.onProgress?.({ type: 'step', label: 'Writing the letter with Claude' });
  const streamed = await client.streamText(
    baseParams(
      input,
      maxTokens,
      [task, applicationBlock(input.application, input.userContext), ...extra].join('\n\n'),
      false,
    ),
    context,
  );
  if (streamed.stopReason === 'max_tokens') {
    throw new AiError(
      'bad_output',
      'The cover letter was cut off because it grew too long, so it was not saved. Try again.',
      { provider: 'anthropic' },
    );
  }
  options.onProgress?.({ type: 'step', label: 'Checking every sentence against your own material' });
  const markdown = unwrapMarkdown(streamed.text);
  return {
    phase: 'cover_letter',
    markdown,
    data: { wordCount: countWords(markdown), style, usedFacts: [] as string[] },
    notes: [],
    ...finish(client, started, context.usage),
  };
}

type PhaseRun<I, T> = (
  client: ClaudeClient,
  input: I,
  maxTokens: number,
  options: RunOptions,
  context: CallContext,
) => Promise<T>;

/** Each phase call gets its own usage counter, which a failure carries out with it. */
function withCallContext<I, T>(phase: PhaseRun<I, T>) {
  return (client: ClaudeClient, input: I, maxTokens: number, options: RunOptions = {}): Promise<T> => {
    const context: CallContext = { usage: emptyUsage(), ...options };
    return withUsageOnFailure(context, () => phase(client, input, maxTokens, options, context));
  };
}

export const researchWithClaude = withCallContext(researchPhase);
export const resumeWithClaude = withCallContext(resumePhase);
export const coverLetterWithClaude = withCallContext(coverLetterPhase);

/** A failed phase still consumed (and is billed for) the tokens of its calls: the error carries them. */
async function withUsageOnFailure<T>(context: CallContext, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AiError && !error.usage) error.usage = context.usage;
    throw error;
  }
}
