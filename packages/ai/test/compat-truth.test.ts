/**
 * The truthfulness suite through the OpenAI-compatible engine: the same lying model (titles,
 * credentials, numbers, skills, employers, company facts, evidence, "no gaps"), served in Ollama's
 * shape, must get no planted lie into a document, because the same truth check runs after every engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiEngine } from '../src/index.js';
import { lyingResponder, people, runPerson, startChatMock, totals, type ChatMock } from '../src/testing/index.js';

const everyone = [...people.people, ...people.heldOut, ...people.lateHeldOut];
let mock: ChatMock;

beforeAll(async () => {
  mock = await startChatMock({ shape: 'ollama', respond: lyingResponder(everyone) });
});
afterAll(() => mock.close());

describe('a lying model behind an OpenAI-compatible server', () => {
  it('saves no planted lie for any person, and keeps their own lines', async () => {
    const engine = createAiEngine({
      textProvider: 'openai-compatible',
      openaiCompatible: { baseUrl: mock.url, model: 'liar:7b' },
    });
    const figures = [];
    for (const person of everyone) figures.push(await runPerson(engine, person));
    for (const result of figures) {
      for (const document of result.documents) {
        expect(document.problems, `${result.person} ${document.document}: ${document.problems.join('; ')}`).toEqual([]);
        expect(document.saved, `${result.person} ${document.document} kept lies`).toEqual([]);
      }
    }
    const all = totals(figures);
    expect(all.planted).toBeGreaterThan(50);
    expect(all.saved).toBe(0);
    const resume = totals(figures, 'resume');
    expect(resume.kept / resume.ownLines).toBeGreaterThanOrEqual(0.9);
  });
});
