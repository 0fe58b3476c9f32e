/** JSON Resume's `basics` from the lines under a resume's name: label, email, phone, links, place. */

export interface JsonResumeBasics {
  name?: string;
  label?: string;
  email?: string;
  phone?: string;
  url?: string;
  summary?: string;
  location?: { city?: string; region?: string; countryCode?: string; address?: string };
  profiles?: Array<{ network: string; username?: string; url: string }>;
}

const EMAIL = /^(?:mailto:)?([^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,})$/i;
const PHONE = /^\+?[\d\s().-]{7,20}\d$/;
const WEB = /^(https?:\/\/)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;
const SEGMENT_SEPARATORS = /\s+[·|•—–]\s+|\s{2,}|\s*\|\s*/;

const NETWORKS: Array<[RegExp, string]> = [
  [/(^|\.)github\.com$/, 'GitHub'],
  [/(^|\.)gitlab\.com$/, 'GitLab'],
  [/(^|\.)linkedin\.com$/, 'LinkedIn'],
  [/(^|\.)(twitter|x)\.com$/, 'X'],
  [/(^|\.)stackoverflow\.com$/, 'Stack Overflow'],
  [/(^|\.)(behance\.net|dribbble\.com|medium\.com|mastodon\.social|bsky\.app)$/, ''],
];

export function readBasics(name: string | null, lines: string[], links: string[]): JsonResumeBasics {
  const basics: JsonResumeBasics = {};
  if (name) basics.name = name;
  const urls: string[] = [];
  let place: string | undefined;
  lines.forEach((line, index) => {
    const segments = line
      .split(SEGMENT_SEPARATORS)
      .map((segment) => segment.trim())
      .filter(Boolean);
    const contactLike = segments.some((segment) => EMAIL.test(segment) || PHONE.test(segment) || WEB.test(segment));
    if (index === 0 && !contactLike && segments.length === 1 && !basics.label) {
      basics.label = line.trim();
      return;
    }
    for (const segment of segments) {
      const email = EMAIL.exec(segment);
      if (email && !basics.email) basics.email = email[1];
      else if (PHONE.test(segment) && !basics.phone) basics.phone = segment;
      else if (WEB.test(segment)) urls.push(segment);
      else if (!place && segment.length <= 80) place = segment;
    }
  });
  for (const link of links) if (!link.startsWith('mailto:')) urls.push(link);
  const profiles: NonNullable<JsonResumeBasics['profiles']> = [];
  const seen = new Set<string>();
  for (const written of urls) {
    const url = absolute(written);
    if (!url || seen.has(url.href.replace(/\/$/, ''))) continue;
    seen.add(url.href.replace(/\/$/, ''));
    const host = url.hostname.replace(/^www\./, '');
    const network = NETWORKS.find(([pattern]) => pattern.test(host));
    if (network) {
      const username = url.pathname.split('/').filter((part) => part && part !== 'in')[0];
      profiles.push({ network: network[1] || host.split('.')[0]!, ...(username ? { username } : {}), url: url.href });
    } else if (!basics.url) {
      basics.url = url.href;
    }
  }
  if (profiles.length) basics.profiles = profiles;
  if (place) basics.location = locationOf(place);
  return basics;
}

function absolute(written: string): URL | null {
  try {
    return new URL(/^https?:\/\//i.test(written) ? written : `https://${written}`);
  } catch {
    return null;
  }
}

/** "Berlin, Germany" -> city and region as written; JSON Resume wants a country *code*, which we do not guess. */
function locationOf(place: string): NonNullable<JsonResumeBasics['location']> {
  const [city, ...rest] = place.split(/,\s*/);
  return rest.length ? { city: city!, region: rest.join(', ') } : { city: place };
}
