/**
 * A job posting from a page's HTML: schema.org JobPosting in JSON-LD first (most job boards publish
 * it for search engines), then microdata, then the page's main text (Mozilla Readability on linkedom).
 * Pure: the caller fetched the page (or the person pasted it).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ImportError } from '../errors.js';
import { htmlToMarkdown } from '../html-to-markdown.js';
import { findJobPostings, locationOf, parseJsonLd, str } from './json-ld.js';

export interface ExtractedPosting {
  companyName: string;
  roleTitle: string;
  jobDescription: string;
  location?: string;
  jobUrl?: string;
  /** Where the fields came from. */
  source: 'json-ld' | 'microdata' | 'page';
}

export const MAX_POSTING_HTML = 2 * 1024 * 1024;
const MAX_FIELD = 255;
const MAX_DESCRIPTION = 100_000;

export function extractPosting(html: string, pageUrl?: string): ExtractedPosting {
  if (html.length > MAX_POSTING_HTML) {
    throw new ImportError('too_large', 'The page is larger than 2 MB; paste only the posting’s text.');
  }
  const posting = readPosting(html, pageUrl);
  if (!posting || !posting.jobDescription.trim()) {
    throw new ImportError(
      'no_text',
      'No job posting was found on this page. Paste the posting’s text into the job description instead.',
    );
  }
  const jobUrl = posting.jobUrl || pageUrl;
  return {
    ...posting,
    companyName: posting.companyName.slice(0, MAX_FIELD),
    roleTitle: posting.roleTitle.slice(0, MAX_FIELD),
    jobDescription: posting.jobDescription.slice(0, MAX_DESCRIPTION),
    ...(posting.location ? { location: posting.location.slice(0, MAX_FIELD) } : {}),
    ...(jobUrl && /^https?:\/\//i.test(jobUrl) ? { jobUrl: jobUrl.slice(0, 2048) } : { jobUrl: undefined }),
  };
}

type Doc = ReturnType<typeof parseHTML>['document'];

function readPosting(html: string, pageUrl?: string): ExtractedPosting | null {
  try {
    const page = asPage(html);
    const { document } = parseHTML(page);
    return fromJsonLd(document) ?? fromMicrodata(document) ?? fromReadability(page, document, pageUrl);
  } catch {
    // The parsers are not written for hostile markup; a page they cannot walk is a page with no
    // posting we can read, never a server error.
    return null;
  }
}

/**
 * linkedom makes the first element the document's root when there is no <html>; for text that starts
 * with a script or style element (`<script>alert(1)</script>`) that root has no body, and reading the
 * page then throws. Text without an <html> root is read as the body of a page instead.
 */
function asPage(html: string): string {
  const root = (parseHTML(html).document as unknown as { documentElement?: { localName?: string } | null })
    .documentElement;
  return root?.localName === 'html' ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** Descriptions are HTML, sometimes escaped once more ("&lt;p&gt;"). */
function descriptionMarkdown(value: string): string {
  const html = /&lt;\/?[a-z]/i.test(value)
    ? parseHTML(`<!doctype html><html><body><p>${value}</p></body></html>`).document.body.textContent ?? value
    : value;
  return htmlToMarkdown(html).trim();
}

function fromJsonLd(document: Doc): ExtractedPosting | null {
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
  const [posting] = findJobPostings(scripts.map((script) => parseJsonLd(script.textContent ?? '')).filter(Boolean));
  if (!posting) return null;
  return {
    roleTitle: str(posting.title) || str(posting.name),
    companyName: str(posting.hiringOrganization),
    jobDescription: descriptionMarkdown(str(posting.description)),
    location: locationOf(posting) || undefined,
    jobUrl: str(posting.url) || undefined,
    source: 'json-ld',
  };
}

function fromMicrodata(document: Doc): ExtractedPosting | null {
  const scope = document.querySelector('[itemtype*="schema.org/JobPosting"]');
  if (!scope) return null;
  const prop = (name: string) => scope.querySelector(`[itemprop="${name}"]`);
  const text = (name: string) => (prop(name)?.getAttribute('content') ?? prop(name)?.textContent ?? '').trim();
  const organization = prop('hiringOrganization');
  const company =
    organization?.querySelector('[itemprop="name"]')?.textContent?.trim() ?? organization?.textContent?.trim() ?? '';
  const place = prop('jobLocation');
  const locality = place?.querySelector('[itemprop="addressLocality"]')?.textContent?.trim();
  const country = place?.querySelector('[itemprop="addressCountry"]')?.textContent?.trim();
  return {
    roleTitle: text('title'),
    companyName: company,
    jobDescription: htmlToMarkdown(prop('description')?.innerHTML ?? '').trim(),
    location: [locality, country].filter(Boolean).join(', ') || place?.textContent?.trim() || undefined,
    source: 'microdata',
  };
}

function fromReadability(html: string, document: Doc, pageUrl?: string): ExtractedPosting | null {
  const meta = (name: string) =>
    document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim() ?? '';
  const heading = document.querySelector('h1')?.textContent?.trim() ?? '';
  // Readability changes the document it reads: give it its own copy.
  const copy = parseHTML(html).document as unknown as { documentElement?: unknown };
  // Text that is not a page (no <html> element) has nothing for Readability to read.
  if (!copy?.documentElement) return null;
  const article = new Readability(copy as unknown as Document, { charThreshold: 200 }).parse();
  // Less than a paragraph of text is a page about something else (a sign-in wall, a list of jobs).
  if (!article?.content || (article.textContent ?? '').trim().length < 200) return null;
  let host = '';
  try {
    if (pageUrl) host = new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    // An address we cannot read names no site.
  }
  return {
    roleTitle: heading || meta('og:title') || article.title || '',
    companyName: meta('og:site_name') || article.siteName || host,
    jobDescription: htmlToMarkdown(article.content).trim(),
    source: 'page',
  };
}
