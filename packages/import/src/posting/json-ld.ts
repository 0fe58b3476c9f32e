/** schema.org JobPosting objects in a page's JSON-LD, wherever the page nests them. */
type Json = unknown;

function isJobPosting(node: Record<string, Json>): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && /(^|[/:])JobPosting$/.test(type));
}

/** Walks arrays, @graph and nested objects (a WebPage whose mainEntity is the posting), at most 2,000 nodes. */
export function findJobPostings(documents: Json[]): Array<Record<string, Json>> {
  const found: Array<Record<string, Json>> = [];
  const stack = [...documents];
  let visited = 0;
  while (stack.length && visited < 2_000) {
    const node = stack.pop();
    visited += 1;
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, Json>;
      if (isJobPosting(record)) found.push(record);
      else stack.push(...Object.values(record));
    }
  }
  return found.reverse();
}

/** JSON-LD script bodies sometimes come wrapped in HTML comments or CDATA, or with raw newlines in strings. */
export function parseJsonLd(text: string): Json | null {
  const body = text
    .trim()
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .replace(/^\/\/<!\[CDATA\[/, '')
    .replace(/\/\/\]\]>$/, '');
  for (const candidate of [body, body.replace(/[\n\r\t]/g, ' ')]) {
    try {
      return JSON.parse(candidate) as Json;
    } catch {
      // try the next form
    }
  }
  return null;
}

export const str = (value: Json): string => {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(str).filter(Boolean).join(', ');
  if (value && typeof value === 'object') {
    const record = value as Record<string, Json>;
    return str(record.name ?? record['@value'] ?? '');
  }
  return '';
};

/** "Berlin, BE, DE" from a Place, a PostalAddress, a string, or a list of them; "Remote" for telecommuting. */
export function locationOf(posting: Record<string, Json>): string {
  const places = Array.isArray(posting.jobLocation)
    ? posting.jobLocation
    : posting.jobLocation
    ? [posting.jobLocation]
    : [];
  const names = places
    .map((place) => {
      if (typeof place === 'string') return place.trim();
      const address = (place as Record<string, Json>)?.address ?? place;
      if (typeof address === 'string') return address.trim();
      const a = (address ?? {}) as Record<string, Json>;
      return [str(a.addressLocality), str(a.addressRegion), str(a.addressCountry)].filter(Boolean).join(', ');
    })
    .filter(Boolean);
  const remote = str(posting.jobLocationType).toUpperCase().includes('TELECOMMUTE');
  if (remote) {
    const where = str(posting.applicantLocationRequirements);
    names.push(where ? `Remote (${where})` : 'Remote');
  }
  return [...new Set(names)].join('; ');
}
