/**
 * npm run bench:compat: the OpenAI-compatible engine against local servers of each shape (the real
 * `openai` SDK over HTTP). Prints how many requests a research phase takes before and after the
 * server's structured-output mode is learned, the engine's own time per phase on a server that
 * answers at once, and the lying-model suite through Ollama's shape.
 */
import { createAiEngine, forgetLearnedModes } from '../src/index.js';
import {
  fixtures,
  lyingResponder,
  people,
  runPerson,
  startChatMock,
  totals,
  type ChatShape,
} from '../src/testing/index.js';

const { application, library, userContext } = fixtures;
const SHAPES: ChatShape[] = ['json-schema', 'tools', 'text', 'ollama', 'lmstudio'];
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log('| server shape | research requests, first / later | research p50 | resume p50 | letter p50 |');
console.log('|---|---|---|---|---|');
for (const shape of SHAPES) {
  forgetLearnedModes();
  const mock = await startChatMock({ shape });
  try {
    const engine = createAiEngine({
      textProvider: 'openai-compatible',
      openaiCompatible: { baseUrl: mock.url, model: 'bench:8b' },
    });
    const requests: number[] = [];
    const times = { research: [] as number[], resume: [] as number[], letter: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      const before = mock.chatBodies.length;
      let started = performance.now();
      const research = await engine.research({ application, library, userContext });
      times.research.push(performance.now() - started);
      requests.push(mock.chatBodies.length - before);
      started = performance.now();
      const resume = await engine.tailorResume({ application, library, research });
      times.resume.push(performance.now() - started);
      started = performance.now();
      await engine.writeCoverLetter({ application, library, research, tailoredResume: resume.markdown });
      times.letter.push(performance.now() - started);
    }
    const ms = (values: number[]) => `${Math.round(median(values))} ms`;
    console.log(
      `| ${shape} | ${requests[0]} / ${median(requests.slice(1))} | ${ms(times.research)} | ${ms(times.resume)} | ${ms(
        times.letter,
      )} |`,
    );
  } finally {
    await mock.close();
  }
}

forgetLearnedModes();
const everyone = [...people.people, ...people.heldOut, ...people.lateHeldOut];
const liar = await startChatMock({ shape: 'ollama', respond: lyingResponder(everyone) });
try {
  const engine = createAiEngine({
    textProvider: 'openai-compatible',
    openaiCompatible: { baseUrl: liar.url, model: 'liar:8b' },
  });
  const figures = [];
  for (const person of everyone) figures.push(await runPerson(engine, person));
  const t = totals(figures);
  const resume = totals(figures, 'resume');
  console.log(
    `\nlying model via the Ollama shape: ${everyone.length} people, planted ${t.planted}, saved ${
      t.saved
    }; resume lines kept ${resume.kept}/${resume.ownLines} (${Math.round(
      (resume.kept / Math.max(1, resume.ownLines)) * 100,
    )}%), restored ${resume.restored}; problems ${t.problems}`,
  );
} finally {
  await liar.close();
}
