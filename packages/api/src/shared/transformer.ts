/**
 * superjson on the wire, with a faster encoder for the common case. API responses are plain data:
 * objects, arrays, strings, finite numbers, booleans, null, undefined and Dates. For those, this
 * encoder gives exactly superjson's JSON text in one pass. Anything else (Map, Set, bigint, NaN, class
 * instances, a top-level undefined) goes to superjson itself. Decoding is always superjson's.
 *
 * The walk copies nothing it does not have to: tRPC hands the result straight to JSON.stringify, which
 * writes a Date as its ISO string (what superjson writes), so a Date stays in place and only its
 * annotation is recorded. Only an undefined, written as null, makes the object or array holding it a
 * copy. Paths are built only for annotations. (A 50-row list allocated about 150 KB in the copying
 * encoder, more than the database driver and Drizzle together.)
 * An object that appears twice is encoded twice (superjson would record the shared reference); the
 * decoded data is equal, which is all a JSON API promises.
 */
import superjson from 'superjson';
import type { SuperJSONResult } from 'superjson';

type TypeAnnotation = ['Date'] | ['undefined'];

class NotPlain extends Error {}
const notPlain = new NotPlain();

/** superjson's path syntax: keys joined by '.', with '\' and '.' inside a key escaped by '\'. */
const escapeKey = (key: string) => (/[.\\]/.test(key) ? key.replace(/\\/g, '\\\\').replace(/\./g, '\\.') : key);
const pathOf = (keys: readonly (string | number)[]) =>
  keys.map((key) => (typeof key === 'number' ? String(key) : escapeKey(key))).join('.');

/**
 * Returns `value` itself when JSON.stringify writes it as superjson would, else a copy that it does.
 * `keys` is the path from the root (empty at the root: an empty key is a path of its own, "").
 */
function encode(value: unknown, keys: (string | number)[], annotations: Record<string, TypeAnnotation>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value) && !Object.is(value, -0)) return value;
    throw notPlain;
  }
  if (value === undefined) {
    if (keys.length === 0) throw notPlain;
    annotations[pathOf(keys)] = ['undefined'];
    return null;
  }
  if (typeof value !== 'object') throw notPlain;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Array.prototype) {
    const array = value as unknown[];
    let copy: unknown[] | undefined;
    for (let index = 0; index < array.length; index += 1) {
      if (!(index in array)) throw notPlain; // sparse arrays are superjson's to describe
      const item = array[index];
      keys.push(index);
      const encoded = encode(item, keys, annotations);
      keys.pop();
      if (encoded !== item) (copy ??= array.slice())[index] = encoded;
    }
    return copy ?? array;
  }
  if (prototype === Date.prototype) {
    const date = value as Date;
    // A Date at the root is annotated in another shape; superjson writes that one. A Date with its
    // own toJSON would not be written as its ISO string.
    if (keys.length === 0 || Number.isNaN(date.getTime()) || Object.hasOwn(date, 'toJSON')) throw notPlain;
    annotations[pathOf(keys)] = ['Date'];
    return date;
  }
  if (prototype !== Object.prototype) throw notPlain;
  const object = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    if (key === '__proto__' || key === 'toJSON') throw notPlain;
    const item = object[key];
    keys.push(key);
    const encoded = encode(item, keys, annotations);
    keys.pop();
    if (encoded !== item) (copy ??= { ...object })[key] = encoded;
  }
  return copy ?? value;
}

export function serialize(value: unknown): SuperJSONResult {
  const annotations: Record<string, TypeAnnotation> = {};
  try {
    const json = encode(value, [], annotations);
    if (Object.keys(annotations).length === 0) return { json } as SuperJSONResult;
    return { json, meta: { values: annotations, v: 1 } } as unknown as SuperJSONResult;
  } catch {
    // notPlain, or anything unexpected (a cycle, a throwing getter): superjson decides.
    return superjson.serialize(value);
  }
}

export const transformer = {
  input: superjson,
  output: { serialize, deserialize: superjson.deserialize.bind(superjson) },
};
