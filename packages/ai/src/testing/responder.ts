/**
 * A responder for the Anthropic mock that answers Job Forge's three phases plausibly and
 * truthfully, from the library and posting found in the request itself. End-to-end tests of the
 * pipeline on "Claude" use it; tests of lies and faults script their own replies.
 */
import type { ApplicationInput, LibraryResume } from '../types.js';
import type { MockReply, Responder } from './anthropic-mock.js';
import { researchOffline } from '../offline/research.js';
import { analyzeJobDescription } from '../offline/analyze-job.js';
import { assembleCoverLetter } from '../offline/letter.js';
import { profileWritingStyle } from '../offline/writing-style.js';
import { RESEARCH_TOOL_NAME } from '../claude/prompts.js';

function between(text: string, tag: string): string | null {
  const match = text.match(new RegExp(`<${tag}>\\n?([\\s\\S]*?)\\n?</${tag}>`));
  return match ? match[1]!.trim() : null;
}

export function parseLibrary(systemText: string): LibraryResume[] {
  const entries: LibraryResume[] = [];
  for (const m of systemText.matchAll(/<(resume|writing_sample) ([^>]*)>\n([\s\S]*?)\n<\/\1>/g)) {
    const attrs = Object.fromEntries([...m[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    entries.push({
      id: attrs.id ?? '',
      name: attrs.name ?? '',
      content: m[3]!,
      isPrimary: attrs.primary === 'true',
      isWritingSample: m[1] === 'writing_sample',
    });
  }
  return entries;
}

export interface ParsedRequest {
  phase: 'research' | 'resume' | 'cover_letter' | 'unknown';
  application: ApplicationInput;
  library: LibraryResume[];
  userContext: string | null;
  baseResumeId: string | null;
  tailoredResume: string | null;
}

export function parseJobForgeRequest(body: any): ParsedRequest {
  const systemText = (body?.system ?? []).map((b: any) => b.text).join('\n');
  const first = body?.messages?.[0];
  const userText =
    typeof first?.content === 'string'
      ? first.content
      : (first?.content ?? []).map((b: any) => b.text ?? '').join('\n');
  const task = between(userText, 'task') ?? '';
  const app = between(userText, 'application') ?? '';
  const field = (name: string) => app.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1]?.trim() ?? '';
  const phase = /Phase: research/.test(task)
    ? 'research'
    : /Phase: tailored resume/.test(task)
    ? 'resume'
    : /Phase: cover letter/.test(task)
    ? 'cover_letter'
    : 'unknown';
  return {
    phase,
    application: {
      companyName: field('Company'),
      roleTitle: field('Role title'),
      jobDescription: between(userText, 'job_description') ?? '',
    },
    library: parseLibrary(systemText),
    userContext: between(userText, 'user_context'),
    baseResumeId: task.match(/base resume id="([^"]+)"/)?.[1] ?? null,
    tailoredResume: between(userText, 'tailored_resume'),
  };
}

export function jobForgeResponder(): Responder {
  return (body): MockReply => {
    const request = parseJobForgeRequest(body);
    if (body?.tool_choice?.type === 'tool' && body.tool_choice.name === RESEARCH_TOOL_NAME) {
      return {
        toolUse: {
          name: RESEARCH_TOOL_NAME,
          input: researchOffline(request.application, request.library, request.userContext),
        },
      };
    }
    if (request.phase === 'resume') {
      const base =
        request.library.find((r) => r.id === request.baseResumeId) ?? request.library.find((r) => !r.isWritingSample);
      return { text: base?.content ?? '# Resume\n' };
    }
    if (request.phase === 'cover_letter') {
      const analysis = analyzeJobDescription(request.application);
      const resumes = request.library.filter((r) => !r.isWritingSample);
      const letter = assembleCoverLetter({
        application: request.application,
        analysis,
        resumeMarkdown: request.tailoredResume ?? (resumes.find((r) => r.isPrimary) ?? resumes[0])?.content ?? '',
        material: [...request.library.map((r) => r.content), request.userContext ?? ''].join('\n'),
        userContext: request.userContext,
        style: profileWritingStyle(request.library.filter((r) => r.isWritingSample).map((r) => r.content)),
      });
      return { text: letter.markdown };
    }
    return { text: 'OK' };
  };
}
