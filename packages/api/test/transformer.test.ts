import fc from 'fast-check';
import superjson from 'superjson';
import { expect, it } from 'vitest';
import { serialize } from '../src/shared/transformer.js';

const roundTrip = (value: unknown) => superjson.deserialize(JSON.parse(JSON.stringify(serialize(value))));
const reference = (value: unknown) => superjson.deserialize(JSON.parse(JSON.stringify(superjson.serialize(value))));

it('decodes, with superjson, to exactly what superjson itself would give', () => {
  const runs = Math.max(500, Number(process.env.JOBFORGE_FUZZ_RUNS ?? 0));
  fc.assert(
    fc.property(
      fc.anything({
        withDate: true,
        withBigInt: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withSparseArray: true,
        withBoxedValues: false,
        maxDepth: 4,
      }),
      (value) => {
        let expected: unknown;
        try {
          expected = reference(value);
        } catch {
          return; // superjson refuses this value (e.g. a "prototype" key) both ways
        }
        expect(roundTrip(value)).toEqual(expected);
      },
    ),
    { numRuns: runs },
  );
}, 120_000);

it('writes superjson format for rows with dates, undefined and dotted keys', () => {
  const rows = [{ id: 'a', createdAt: new Date(0), note: undefined, 'a.b\\c': new Date(1) }];
  expect(serialize(rows)).toEqual(superjson.serialize(rows));
  expect(serialize({ plain: [1, 'x', null, true] })).toEqual(superjson.serialize({ plain: [1, 'x', null, true] }));
});
