/**
 * Extracts verifiable claims from text: employers, job titles, dates, degrees, certifications,
 * skills and numbers. The same extraction runs on the user's material and on generated text, so
 * the comparison is like for like.
 */
import type { ClaimKind } from '../types.js';
import { findSkillMentions } from '../offline/skills.js';
import { parseEntryHeader, TITLE_PATTERN } from '../text/entry-header.js';

export interface Claim {
  kind: ClaimKind;
  value: string;
  /** Found in an entry header: a title there states a position held, so it is checked strictly. */
  strict?: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_YEAR =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d{2})\b|\b(0?[1-9]|1[0-2])\/((?:19|20)\d{2})\b/gi;
const YEAR = /(?<![\d/.,$])\b(19[5-9]\d|20\d{2})\b(?![\d%])/g;
const NUMBER = /(?<![\w.])[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|k|m|bn|x)\b|%|\+)?/gi;

const DEGREES: Array<[string, RegExp]> = [
  ['phd', /\b(ph\.?\s?d\.?|doctorate|doctor of philosophy|doctoral)\b/i],
  ['mba', /\b(mba|master of business administration)\b/i],
  ['master', /\b(master'?s?(?! of business)|m\.sc\.?|msc|m\.s\.|m\.a\.|m\.eng\.?|meng|m\.ed\.?)\b/i],
  ['bachelor', /\b(bachelor'?s?|b\.sc\.?|bsc|b\.s\.|b\.a\.|b\.eng\.?|beng|undergraduate degree)\b/i],
  ['associate', /\b(associate'?s? degree|associate of (arts|science))\b/i],
];

const CERT_ACRONYMS =
  /\b(PMP|CISSP|CISM|CISA|CKA|CKAD|CKS|CCNA|CCNP|CCIE|CSM|CSPO|PSM|CPA|CFA|ITIL|OSCP|CEH|PRINCE2|TOGAF|CAPM|SHRM-CP|SHRM-SCP|PHR|SPHR|Security\+|Network\+|A\+|RHCE|RHCSA|MCSE|GCP-?ACE|FRM|ACCA|CIMA)(?![\w+])/g;
// Capitalised words are at most 41 characters in the phrase patterns below: `\b` also matches inside
// "C-C-C-…", so an unbounded word would be rescanned from each of its letters (quadratic).
// regex-safe: every word is bounded ({0,40}) and so is the number of words.
const CERT_PHRASE =
  /\b((?:[A-Z][\w-]{0,40}\s+){0,4}Certified(?:\s+(?:[A-Z][\w-]{0,40}|in|of|and|&)){0,6}|(?:[A-Z][\w-]{0,40}\s+){1,5}Certificat(?:e|ion))\b/g;

// regex-safe: every word is bounded ({0,40}) and so is the number of words.
const ORG_SUFFIX =
  /\b((?:[A-Z][\w&.'-]{0,40}\s+){0,4}[A-Z][\w&.'-]{0,40}\s+(?:Inc|LLC|Ltd|Corp|Corporation|GmbH|Company|Co|Technologies|Technology|Labs|Systems|Group|Solutions|Software|Bank|Agency|Partners|Holdings|AG|SA|PLC|Studios|Ventures|Consulting|Industries|Networks|Media|Health|Capital))\b\.?/g;
// regex-safe: every word is bounded ({0,40}) and so is the number of words.
const INSTITUTION =
  /\b((?:University|College|Institute|School|Academy) of (?:[A-Z][\w&-]{0,40})(?:\s+[A-Z][\w&-]{0,40}){0,3}|(?:[A-Z][\w&-]{0,40}\s+){1,4}(?:University|College|Institute of Technology|Polytechnic))\b/g;
const AT_ORG = /\b(?:at|joined|with|for)\s+((?:[A-Z][\w&'.-]*)(?:\s+(?:[A-Z][\w&'.-]*|&|of)){0,4})/g;

const NOT_ORG_WORDS = new Set(
  'I The A An My Our We You This That It In On At For With And Or But Team Teams Company Companies Scale Present Current Remote Hybrid'.split(
    ' ',
  ),
);
const MONTH_NAMES = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i;

export function normalizeMonthYear(month: string, year: string): string {
  const index = /^\d+$/.test(month) ? Number(month) - 1 : MONTHS.indexOf(month.toLowerCase().slice(0, 3));
  return `${MONTHS[index] ?? month.toLowerCase()} ${year}`;
}

/** Numbers are compared by value: "1,200", "1200" and "$1200" meet; years are dates, not numbers. */
export function normalizeNumber(raw: string): string | null {
  const digits = raw.replace(/[$€£,\s]/g, '').replace(/(percent|%|\+|x|k|m|bn)$/i, '');
  if (!/^\d+(\.\d+)?$/.test(digits)) return null;
  return String(Number(digits));
}

export function normalizeOrganization(name: string): string {
  return name
    .toLowerCase()
    .replace(/[.,]/g, '')
    .replace(/\b(inc|llc|ltd|corp|corporation|gmbh|company|co|plc|ag|sa)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface LineClaims {
  claims: Claim[];
}

export interface ExtractOptions {
  /** The line introduces an experience entry: its non-title parts are employers. */
  isEntryHeader?: boolean;
  /** The line sits in a certifications section: the whole line is a certification claim. */
  inCertifications?: boolean;
}

export function extractClaims(line: string, options: ExtractOptions = {}): Claim[] {
  const claims: Claim[] = [];
  const text = line.replace(/[*_`#]/g, '');
  const push = (kind: ClaimKind, value: string) => {
    let trimmed = value.trim();
    if (kind === 'employer') trimmed = stripLeadingCommonWords(trimmed);
    if (trimmed && !claims.some((c) => c.kind === kind && c.value === trimmed)) claims.push({ kind, value: trimmed });
  };

  const dateSpans: Array<[number, number]> = [];
  for (const m of text.matchAll(MONTH_YEAR)) {
    dateSpans.push([m.index!, m.index! + m[0].length]);
    push('date', m[1] ? normalizeMonthYear(m[1], m[2]!) : normalizeMonthYear(m[3]!, m[4]!));
  }
  for (const m of text.matchAll(YEAR)) {
    dateSpans.push([m.index!, m.index! + m[0].length]);
    push('date', m[1]!);
  }
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index!;
    if (dateSpans.some(([a, b]) => start >= a && start < b)) continue;
    // Version-like or identifier numbers glued to letters ("EC2", "Web3") are part of a name.
    const before = text[start - 1];
    if (before && /[A-Za-z]/.test(before)) continue;
    const value = normalizeNumber(m[0]);
    if (value !== null) push('number', value);
  }
  for (const mention of findSkillMentions(text)) if (mention.skill.verifiable) push('skill', mention.skill.name);
  for (const [level, pattern] of DEGREES) if (pattern.test(text)) push('degree', level);
  for (const m of text.matchAll(CERT_ACRONYMS)) push('certification', m[1]!);
  for (const m of text.matchAll(CERT_PHRASE)) push('certification', m[1]!);
  if (options.inCertifications) {
    const body = text
      .replace(/^\s*[-*•]\s+/, '')
      .replace(/\(?\b(19|20)\d{2}\b\)?/g, '')
      .replace(/[,–—-]\s*$/, '')
      .trim();
    if (body) push('certification', body);
  }
  for (const m of text.matchAll(TITLE_PATTERN)) {
    const title = trimTitle(m[0]);
    if (title) push('job_title', title);
  }
  if (options.isEntryHeader) for (const claim of claims) if (claim.kind === 'job_title') claim.strict = true;
  if (options.isEntryHeader) {
    const parts = parseEntryHeader(line);
    for (const org of parts.organizations) if (isOrgCandidate(org)) push('employer', org);
  }
  for (const m of text.matchAll(ORG_SUFFIX)) push('employer', m[1]!);
  for (const m of text.matchAll(INSTITUTION)) push('employer', m[1]!);
  for (const m of text.matchAll(AT_ORG)) {
    const org = m[1]!.replace(/[.,;:]$/, '');
    if (isOrgCandidate(org)) push('employer', org);
  }
  return claims;
}

function stripLeadingCommonWords(org: string): string {
  const words = org.split(/\s+/);
  while (words.length > 1 && NOT_ORG_WORDS.has(words[0]!)) words.shift();
  return words.join(' ');
}

function trimTitle(raw: string): string | null {
  const words = raw.trim().split(/\s+/);
  // Drop leading connective words the pattern may have taken ("and Senior Engineer").
  while (words.length > 1 && /^(of|and|&|as|a|an|the)$/i.test(words[0]!)) words.shift();
  const title = words.join(' ');
  if (words.length === 1 && /^(Lead|Head|Owner|Partner|Associate|Agent|Executive|Fellow)s?$/.test(title)) return null;
  return title;
}

function isOrgCandidate(org: string): boolean {
  const words = org.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  if (words.every((w) => NOT_ORG_WORDS.has(w) || MONTH_NAMES.test(w))) return false;
  if (NOT_ORG_WORDS.has(words[0]!) && words.length === 1) return false;
  // A skill is not an employer ("with React").
  const mentions = findSkillMentions(org);
  if (mentions.length > 0 && mentions.map((m) => m.surface).join(' ').length >= org.replace(/\s+/g, ' ').length - 2)
    return false;
  return /^[A-Z0-9]/.test(org);
}
