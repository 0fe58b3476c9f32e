/**
 * npm run bench:ai: prompt-cache sharing between two applications of one user, the engine's own
 * overhead per phase against a zero-latency mock model, and token delivery latency to onProgress.
 */
import { createAiEngine, type AiEngine, type ProgressEvent } from '../src/index.js';
import { startAnthropicMock, jobForgeResponder, cachedPrefixOf, type MockReply } from '../src/testing/index.js';
import { application, library, userContext } from '../test/fixtures.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 30);
const estimateTokens = (text: string) => Math.ceil(text.length / 4);

/** Token estimate of what the model reads: tool definitions, system text and message text. */
function promptText(body: any): string {
  const messages = (body.messages ?? []).flatMap((m: any) =>
    typeof m.content === 'string' ? [m.content] : m.content.map((b: any) => b.text ?? JSON.stringify(b)),
  );
  return [JSON.stringify(body.tools ?? []), ...(body.system ?? []).map((b: any) => b.text), ...messages].join('\n');
}
function prefixText(body: any): string {
  return [JSON.stringify(body.tools ?? []), ...(body.system ?? []).map((b: any) => b.text)].join('\n');
}

const secondApplication = {
  companyName: 'Initech',
  roleTitle: 'Staff Platform Engineer',
  jobDescription: `Initech runs the billing platform for 2,000 hospitals.\n\nResponsibilities\n- Lead the design of our event-driven billing services in Go and TypeScript\n- Run PostgreSQL and Kafka in production on AWS\n\nRequirements\n- 8+ years of backend experience\n- PostgreSQL, Kafka, Terraform\n\nNice to have\n- Kubernetes, gRPC`,
  location: 'Hybrid, Munich',
};

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function cacheSharing() {
  const mock = await startAnthropicMock({ respond: jobForgeResponder() });
  const engine = createAiEngine({ anthropic: { apiKey: 'bench', baseUrl: mock.url, model: 'claude-sonnet-5-5' } });
  const rows: string[] = [];
  let allOk = true;
  for (const phase of ['research', 'resume', 'cover_letter'] as const) {
    mock.requests.length = 0;
    for (const app of [application, secondApplication]) {
      const input = { application: app, library, userContext };
      if (phase === 'research') await engine.research(input);
      else if (phase === 'resume') await engine.tailorResume(input);
      else {
        const research = await engine.research(input);
        const resume = await engine.tailorResume({ ...input, research });
        await engine.writeCoverLetter({
          ...input,
          research,
          tailoredResume: resume.markdown,
          candidate: { fullName: 'Jane Doe' },
        });
      }
    }
    const marker = {
      research: 'Phase: research',
      resume: 'Phase: tailored resume',
      cover_letter: 'Phase: cover letter',
    }[phase];
    const bodies = mock.messageBodies.filter((body) => body.messages[0].content[0].text.includes(marker));
    const [a, b] = [bodies[0], bodies.at(-1)];
    const identical = cachedPrefixOf(a) === cachedPrefixOf(b);
    const prefixTokens = estimateTokens(prefixText(a));
    const shares = [a, b].map((body) => prefixTokens / estimateTokens(promptText(body)));
    const ok = identical && prefixTokens >= 1024 && Math.min(...shares) >= 0.5;
    allOk &&= ok;
    rows.push(
      `  ${phase.padEnd(13)} prefix ${identical ? 'byte-identical' : 'DIFFERS'}, ~${prefixTokens} tokens, ${shares
        .map((s) => `${Math.round(s * 100)}%`)
        .join(' / ')} of input (app 1 / app 2)  ${ok ? 'ok' : 'BELOW GOAL'}`,
    );
  }
  // Across phases, too: the same tools + system blocks.
  const prefixes = new Set(mock.messageBodies.map(cachedPrefixOf));
  await mock.close();
  console.log(
    'Prompt cache prefix shared by two applications of one user (goal: >= 1,024 tokens and >= 50% of input):',
  );
  console.log(rows.join('\n'));
  console.log(`  distinct cached prefixes across all phases and both applications: ${prefixes.size}`);
  return allOk;
}

async function overhead() {
  // Replies computed once, then scripted, so the mock does no work per request.
  const responder = jobForgeResponder();
  const recorder = await startAnthropicMock({ respond: responder });
  const warm = createAiEngine({ anthropic: { apiKey: 'bench', baseUrl: recorder.url, model: 'claude-sonnet-5-5' } });
  const research = await warm.research({ application, library, userContext });
  const resume = await warm.tailorResume({ application, library, userContext, research });
  await warm.writeCoverLetter({ application, library, userContext, research, tailoredResume: resume.markdown });
  const replies = await Promise.all(recorder.messageBodies.map((body) => responder(body, recorder.requests[0]!)));
  await recorder.close();

  const mock = await startAnthropicMock();
  const engine = createAiEngine({ anthropic: { apiKey: 'bench', baseUrl: mock.url, model: 'claude-sonnet-5-5' } });
  const offline = createAiEngine({ offline: true });
  const run = async (target: AiEngine, phase: number) => {
    const input = { application, library, userContext };
    if (phase === 0) return target.research(input);
    if (phase === 1) return target.tailorResume({ ...input, research });
    return target.writeCoverLetter({
      ...input,
      research,
      tailoredResume: resume.markdown,
      candidate: { fullName: 'Jane Doe' },
    });
  };
  console.log(`\nEngine time per phase, ${ITERATIONS} runs each (goal: overhead <= 50 ms):`);
  let ok = true;
  for (const [phase, name] of ['research', 'resume', 'cover_letter'].entries()) {
    const reply = replies[phase] as MockReply;
    const claudeTimes: number[] = [];
    const offlineTimes: number[] = [];
    for (let i = 0; i < ITERATIONS + 3; i++) {
      mock.script([{ ...reply, chunkSize: 64 }]);
      let started = performance.now();
      await run(engine, phase);
      const claudeMs = performance.now() - started;
      started = performance.now();
      await run(offline, phase);
      const offlineMs = performance.now() - started;
      if (i >= 3) {
        claudeTimes.push(claudeMs);
        offlineTimes.push(offlineMs);
      }
    }
    ok &&= percentile(claudeTimes, 50) <= 50;
    console.log(
      `  ${name.padEnd(13)} zero-latency mock Claude: p50 ${ms(percentile(claudeTimes, 50))}, p95 ${ms(
        percentile(claudeTimes, 95),
      )}   offline engine: p50 ${ms(percentile(offlineTimes, 50))}, p95 ${ms(percentile(offlineTimes, 95))}`,
    );
  }
  await mock.close();
  return ok;
}

async function deltaLatency() {
  const sentAt: number[] = [];
  const mock = await startAnthropicMock({ onDelta: (index) => (sentAt[index] = performance.now()) });
  const engine = createAiEngine({ anthropic: { apiKey: 'bench', baseUrl: mock.url, model: 'claude-sonnet-5-5' } });
  mock.script([{ text: library[0]!.content, chunkSize: 16, delayMs: 2 }]);
  const latencies: number[] = [];
  let index = 0;
  const onProgress = (event: ProgressEvent) => {
    if (event.type === 'text') latencies.push(performance.now() - sentAt[index++]!);
  };
  await engine.tailorResume({ application, library }, { onProgress });
  await mock.close();
  console.log(
    `\nToken delivery, mock socket write -> onProgress callback (${latencies.length} deltas): p50 ${ms(
      percentile(latencies, 50),
    )}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))}`,
  );
}

const cacheOk = await cacheSharing();
const overheadOk = await overhead();
await deltaLatency();
console.log(`\n${cacheOk && overheadOk ? 'All goals met.' : 'Some goals were missed (see above).'}`);
