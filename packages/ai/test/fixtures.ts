import type { AiEngine } from '../src/engine-types.js';
import type { CoverLetterInput } from '../src/types.js';
import { application, library } from '../src/testing/fixtures.js';

export * from '../src/testing/fixtures.js';

type Extra = Omit<Partial<CoverLetterInput>, 'tailoredResume' | 'candidate'>;

/**
 * Jane Doe's tailored resume, then the letter written from it, as the pipeline runs them: `both`
 * goes into both phases, `letterOnly` into the letter alone.
 */
export async function resumeThenLetter(engine: AiEngine, both: Extra = {}, letterOnly: Extra = {}) {
  const resume = await engine.tailorResume({ application, library, ...both });
  const letter = await engine.writeCoverLetter({
    application,
    library,
    ...both,
    ...letterOnly,
    tailoredResume: resume.markdown,
    candidate: { fullName: 'Jane Doe' },
  });
  return { resume, letter };
}
