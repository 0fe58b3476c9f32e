/** The offline letter: the person's own results, no template seams, steered by instructions. */
import { describe, expect, it } from 'vitest';
import { countWords, createAiEngine } from '../src/index.js';
import { readInstructions } from '../src/offline/letter-instructions.js';
import { contentStems } from '../src/truth/tokens.js';
import { people } from '../src/testing/index.js';

const engine = createAiEngine({ offline: true });
const letterFor = async (person: (typeof people.people)[number], userContext?: string) => {
  const common = {
    application: person.application,
    library: person.library,
    candidate: { fullName: person.fullName },
    userContext: userContext ?? person.userContext,
  };
  const resume = await engine.tailorResume(common);
  return engine.writeCoverLetter({ ...common, tailoredResume: resume.markdown });
};

describe('the offline letter', () => {
  it.each([...people.people, ...people.heldOut].map((p) => [p.key, p] as const))(
    'for %s: the person\u2019s results, introduced by their employer or project, no seams',
    async (_key, person) => {
      const letter = await letterFor(person);
      const text = letter.markdown;
      expect(letter.validation.actions.filter((a) => a.action === 'removed')).toEqual([]);
      expect(countWords(text)).toBeGreaterThanOrEqual(180);
      expect(countWords(text)).toBeLessThanOrEqual(400);
      expect(text).not.toMatch(/work there also included|my work included:|The chance to (?!talk)/i);
      expect(text).not.toMatch(/\bi [a-z]/); // "i serve": a lowercased first person
      // The sign-off and the name on their own lines.
      expect(text).toMatch(new RegExp(`, {2}\\n${person.fullName}\\n$`));
      // A city or a unit is never introduced as an employer.
      expect(text).not.toMatch(/At (?:Chicago|Atlanta|Telemetry|Medical ICU|Grade 7),/);
    },
  );

  it('introduces a project as a project and a passive result as done to the person', async () => {
    const ux = await letterFor(people.teacherToUx);
    expect(ux.markdown).toMatch(/For the library app redesign, I designed and tested a Figma prototype/);
    const nominated = {
      ...people.teacherToUx,
      library: [
        {
          ...people.teacherToUx.library[0]!,
          content: people.teacherToUx.library[0]!.content.replace(
            '- Coach the school',
            '- Nominated for the district Teacher of the Year award in 2023.\n- Coach the school',
          ),
        },
      ],
    };
    const letter = await letterFor(nominated, 'Stress the teacher of the year nomination.');
    expect(letter.markdown).toMatch(/I was nominated for the district Teacher of the Year award in 2023\./);
  });

  it('follows instructions instead of pasting them', async () => {
    const instructions = "Keep it short. Don't mention the newsletter. Stress the gradebook study.";
    const letter = await letterFor(people.teacherToUx, instructions);
    expect(letter.markdown).not.toMatch(/Keep it short|Don't mention|Stress the/);
    expect(letter.markdown).not.toMatch(/newsletter/);
    // The stressed result leads the evidence.
    expect(letter.markdown.split('\n\n')[2]).toMatch(/gradebook usability study/);
    expect(countWords(letter.markdown)).toBeLessThan(countWords((await letterFor(people.teacherToUx)).markdown));
  });

  it('reads instructions, facts and tone', () => {
    const read = readInstructions(
      'Please keep the letter under 250 words, and stress the platform migration. Avoid the book club. I am relocating to Denver in June. Make it less formal.',
    );
    expect(read.short).toBe(true);
    expect([...read.stress]).toEqual(expect.arrayContaining([...contentStems('platform migration')]));
    expect([...read.avoid]).toEqual(expect.arrayContaining([...contentStems('book club')]));
    expect(read.facts).toEqual(['I am relocating to Denver in June.']);
    expect(read.tone).toBe('casual');
  });
});
