/** The people of the truthfulness suite are YAML files; a mistake in one must name the file and the field. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPerson } from '../src/testing/people/load.js';

const source = new URL('../src/testing/people/python-developer.yaml', import.meta.url);
const dir = mkdtempSync(path.join(tmpdir(), 'people-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the python developer with one change under `name`, and returns what loading it throws. */
function loadError(name: string, change: (yaml: string) => string): string {
  const file = path.join(dir, name);
  writeFileSync(file, change(readFileSync(source, 'utf8')));
  try {
    loadPerson(pathToFileURL(file));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('loaded without an error');
}

describe('loadPerson', () => {
  it('loads a person file as it is', () => {
    expect(loadPerson(source).fullName).toBe('Priya Natarajan');
  });

  it('names the file and the field of a misspelt value or key', () => {
    const message = loadError('python-developer.yaml', (yaml) =>
      yaml.replace('kind: number', 'kind: numbr').replace('letterTruths:', 'letterTruth:'),
    );
    expect(message).toContain(path.join(dir, 'python-developer.yaml'));
    expect(message).toContain('resumeLies.1.kind');
    expect(message).toContain('letterTruths');
    expect(message).toContain('"letterTruth"');
  });

  it('names the file of broken YAML', () => {
    const message = loadError('python-developer.yaml', (yaml) => yaml.replace('key: python-developer', 'key: [a'));
    expect(message).toContain(path.join(dir, 'python-developer.yaml'));
  });

  it('wants the key to match the file name', () => {
    expect(loadError('paralegal.yaml', (yaml) => yaml)).toContain("key is 'python-developer', expected 'paralegal'");
  });
});
