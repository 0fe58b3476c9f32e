/**
 * npm run bench:truth: the truthfulness suite. A local Messages API server lies about four people
 * from four fields (the Anthropic SDK talks to it for real); the figures are what reached the
 * documents the engine returns for saving.
 */
import { createAiEngine } from '../src/index.js';
import { startAnthropicMock, lyingResponder, runPerson, totals, truthTable, people } from '../src/testing/index.js';

const everyone = [...people.people, ...people.heldOut, ...people.lateHeldOut];
const mock = await startAnthropicMock({ respond: lyingResponder(everyone) });
try {
  const engine = createAiEngine({ anthropic: { apiKey: 'bench', baseUrl: mock.url, model: 'claude-sonnet-5-5' } });
  const figures = [];
  for (const person of everyone) figures.push(await runPerson(engine, person));
  console.log(truthTable(figures));
  const t = totals(figures);
  const resume = totals(figures, 'resume');
  console.log(
    `\nplanted ${t.planted}, saved ${t.saved}; resume lines kept ${resume.kept}/${resume.ownLines} (${Math.round(
      (resume.kept / Math.max(1, resume.ownLines)) * 100,
    )}%), restored ${resume.restored}; problems ${t.problems}`,
  );
  if (process.env.BENCH_VERBOSE) console.log(JSON.stringify(figures, null, 2));
} finally {
  await mock.close();
}
