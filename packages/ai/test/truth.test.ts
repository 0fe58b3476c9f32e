/**
 * The truthfulness suite: a model that lies the realistic ways (titles, credentials, numbers,
 * skills, employers, company facts, evidence, "no gaps", posting injection) for four people from
 * four fields, through the Anthropic SDK against the local mock. Nothing planted may be returned
 * for saving, and the person's own unaltered lines must stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiEngine } from '../src/index.js';
import {
  lyingResponder,
  people,
  runPerson,
  startAnthropicMock,
  totals,
  type AnthropicMock,
  type PersonFigures,
} from '../src/testing/index.js';

let mock: AnthropicMock;
const figures: PersonFigures[] = [];

beforeAll(async () => {
  mock = await startAnthropicMock({
    respond: lyingResponder([...people.people, ...people.heldOut, ...people.lateHeldOut]),
  });
});
afterAll(() => mock.close());

describe.each([...people.people, ...people.heldOut, ...people.lateHeldOut].map((p) => [p.key, p] as const))(
  '%s',
  (_key, person) => {
    it('no planted lie reaches a document, the own lines stay, the gaps are named', async () => {
      const engine = createAiEngine({ anthropic: { apiKey: 'test', baseUrl: mock.url, model: 'claude-sonnet-5-5' } });
      const result = await runPerson(engine, person);
      figures.push(result);
      for (const document of result.documents) {
        expect(document.problems, `${document.document}: ${document.problems.join('; ')}`).toEqual([]);
        expect(document.saved, `${document.document} kept lies`).toEqual([]);
        if (document.ownLines) expect(document.kept / document.ownLines).toBeGreaterThanOrEqual(0.9);
      }
      // An inflated line of the person's own comes back as they wrote it.
      expect(result.documents.find((d) => d.document === 'resume')!.restored).toBeGreaterThan(0);
    });
  },
);

describe('all people', () => {
  it('keeps at least 90% of the unaltered resume lines overall', () => {
    const resume = totals(figures, 'resume');
    expect(resume.planted).toBeGreaterThan(0);
    expect(resume.kept / resume.ownLines).toBeGreaterThanOrEqual(0.9);
    expect(totals(figures).saved).toBe(0);
  });
});
