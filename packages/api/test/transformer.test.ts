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

/** What goes on the wire: tRPC writes the serialized result with JSON.stringify. */
const wire = (result: unknown) => JSON.stringify(result);

it('writes the same JSON text as superjson for rows with dates, undefined and dotted keys', () => {
  const rows = [{ id: 'a', createdAt: new Date(0), note: undefined, 'a.b\\c': new Date(1), tags: ['x', undefined] }];
  expect(wire(serialize(rows))).toBe(wire(superjson.serialize(rows)));
  const plain = { plain: [1, 'x', null, true], nested: { at: new Date(2), list: [{ at: new Date(3) }] } };
  expect(wire(serialize(plain))).toBe(wire(superjson.serialize(plain)));
});

it('copies only what it must and never changes the value it is given', () => {
  const row = { id: 'a', createdAt: new Date(0), note: undefined as string | undefined };
  const value = { rows: [row], total: 1, untouched: { at: new Date(1) } };
  const json = serialize(value).json as unknown as typeof value;
  expect(row.note).toBeUndefined(); // the handler's object keeps its undefined
  expect(json.rows[0]).not.toBe(row); // the row holding an undefined is a copy, written with null
  expect(json.untouched).toBe(value.untouched); // nothing to change: the same object, Date and all
});

it('leaves to superjson what JSON.stringify would not write as superjson does', () => {
  class Stamp extends Date {}
  const ownToJson = Object.assign(new Date(0), { toJSON: () => 'x' });
  for (const value of [{ at: new Stamp(0) }, { at: ownToJson }, { toJSON: 'x' }, [new Date(Number.NaN)]]) {
    expect(wire(serialize(value))).toBe(wire(superjson.serialize(value)));
  }
});
