/**
 * The job posting is untrusted text. Lines that address an AI model ("ignore previous instructions",
 * "note for AI assistants: ...") are taken out before the posting is used anywhere: prompts,
 * analysis, and as a source of company facts.
 */
import type { ApplicationInput } from '../types.js';

const ADDRESSES_MODEL = [
  /\b(?:ignore|disregard|forget|override)\b[^\n]{0,60}\b(?:instructions?|prompts?|rules|guidelines|above|previous)\b/i,
  /\b(?:note|message|instructions?|hint|attention)\s+(?:to|for)\s+(?:the\s+)?(?:ai|a\.i\.|llms?|gpts?|chatgpt|claude|language models?|assistants?|bots?|models?|screeners?|automated)\b/i,
  /\b(?:if|when)\s+you\s+are\s+(?:an?\s+)?(?:ai|llm|language model|assistant|bot|gpt|automated)\b/i,
  /\byou\s+are\s+(?:now\s+)?(?:an?\s+)?(?:ai|llm|language model|assistant|chatgpt|claude)\b/i,
  /\b(?:system prompt|jailbreak|prompt injection)\b/i,
  /^\s*[[(<]?\s*(?:ai|llm|gpt|assistant|model)\s*(?:note|instruction)?s?\s*[:\]>)]/i,
  /\b(?:ai|llm|gpt)\s+(?:assistants?|models?|tools?|screeners?)\s*[:,]\s*(?:please\s+)?(?:write|say|state|add|include|mention|rate|score)/i,
];

export function addressesModel(line: string): boolean {
  return ADDRESSES_MODEL.some((pattern) => pattern.test(line));
}

/** The posting without the lines that address an AI model, and those lines. */
export function sanitizePosting(jobDescription: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const kept = jobDescription
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => {
      if (!addressesModel(line)) return true;
      removed.push(line.trim());
      return false;
    });
  return { text: kept.join('\n'), removed };
}

export function withSafePosting<T extends { application: ApplicationInput }>(input: T): { input: T; removed: string[] } {
  const { text, removed } = sanitizePosting(input.application.jobDescription);
  if (removed.length === 0) return { input, removed };
  return { input: { ...input, application: { ...input.application, jobDescription: text } }, removed };
}
