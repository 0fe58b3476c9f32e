/**
 * The job posting is untrusted text. Lines that address an AI model ("ignore previous instructions",
 * "note for AI assistants: ...") are taken out before the posting is used anywhere: prompts,
 * analysis, and as a source of company facts.
 */
import type { ApplicationInput } from '../types.js';

// Each pattern runs on a line whose whitespace runs are single spaces, so none needs \s+.
const ADDRESSES_MODEL = [
  /\b(?:note|message|instructions?|hint|attention) (?:to|for) (?:the )?(?:ai|llms?|gpts?|chatgpt|claude|language models?|assistants?|bots?|models?|screeners?|automated)\b/i,
  /\b(?:if|when) you are (?:an? )?(?:ai|llm|language model|assistant|bot|gpt|automated)\b/i,
  /\byou are (?:now )?(?:an? )?(?:ai|llm|language model|assistant|chatgpt|claude)\b/i,
  /\b(?:system prompt|jailbreak|prompt injection)\b/i,
  /^[[(<]? ?(?:ai|llm|gpt|assistant|model) ?(?:note|instruction)?s? ?[:\]>)]/i,
  /\b(?:ai|llm|gpt) (?:assistants?|models?|tools?|screeners?) ?[:,] ?(?:please )?(?:write|say|state|add|include|mention|rate|score)/i,
];
const OVERRIDE_VERB = /\b(?:ignore|disregard|forget|override)\b/gi;
const OVERRIDE_OBJECT = /\b(?:instructions?|prompts?|rules|guidelines|above|previous)\b/i;

/** "Ignore (all) previous instructions" and the like: the verb, then its object within a few words. */
function overridesInstructions(text: string): boolean {
  for (const m of text.matchAll(OVERRIDE_VERB)) {
    if (OVERRIDE_OBJECT.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60))) return true;
  }
  return false;
}

export function addressesModel(line: string): boolean {
  const text = line.trim().split(/\s+/).join(' ');
  return overridesInstructions(text) || ADDRESSES_MODEL.some((pattern) => pattern.test(text));
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

export function withSafePosting<T extends { application: ApplicationInput }>(
  input: T,
): { input: T; removed: string[] } {
  const { text, removed } = sanitizePosting(input.application.jobDescription);
  if (removed.length === 0) return { input, removed };
  return { input: { ...input, application: { ...input.application, jobDescription: text } }, removed };
}
