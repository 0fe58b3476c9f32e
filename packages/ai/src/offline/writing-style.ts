/** A writing-style profile from the user's own samples: library writing samples and edited letters. */
import type { WritingStyleProfile } from '../types.js';
import { sentences, words } from '../text/words.js';

const GREETING = /^(dear|hello|hi|greetings|good (morning|afternoon))\b[^\n]{0,60}[,:!]?$/i;
const SIGN_OFF =
  /^(sincerely|best regards|kind regards|warm regards|warmly|regards|best wishes|best|thank you|thanks|cheers|yours (truly|sincerely|faithfully)|respectfully|with thanks|many thanks)[,.!]?$/i;
const CONTRACTION = /\b\w+['’](m|re|s|ve|ll|d|t)\b/gi;

export function profileWritingStyle(samples: string[]): WritingStyleProfile {
  const texts = samples.map((s) => s.trim()).filter(Boolean);
  if (texts.length === 0) {
    return {
      sampleCount: 0,
      averageSentenceWords: 18,
      usesContractions: false,
      greeting: null,
      signOff: null,
      firstPersonRate: 0,
      tone: 'neutral',
      notes: [
        'No writing samples yet: mark a library entry as a writing sample, or edit a letter, to teach Job Forge your voice.',
      ],
    };
  }
  let sentenceCount = 0;
  let wordTotal = 0;
  let contractions = 0;
  let firstPerson = 0;
  const greetings = new Map<string, number>();
  const signOffs = new Map<string, number>();
  for (const text of texts) {
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    for (const line of lines) {
      const greeting = line.match(GREETING);
      if (greeting && line.length < 80)
        greetings.set(capitalize(greeting[1]!), (greetings.get(capitalize(greeting[1]!)) ?? 0) + 1);
      const signOff = line.match(SIGN_OFF);
      if (signOff) signOffs.set(capitalize(signOff[1]!), (signOffs.get(capitalize(signOff[1]!)) ?? 0) + 1);
    }
    const body = lines.filter((l) => !GREETING.test(l) && !SIGN_OFF.test(l)).join(' ');
    const list = sentences(body);
    sentenceCount += list.length;
    const bodyWords = words(body);
    wordTotal += bodyWords.length;
    contractions += (body.match(CONTRACTION) ?? []).length;
    firstPerson += bodyWords.filter((w) => w === 'i' || w === 'my' || w === 'me' || w === "i'm" || w === "i've").length;
  }
  const averageSentenceWords = sentenceCount ? Math.round((wordTotal / sentenceCount) * 10) / 10 : 18;
  const usesContractions = sentenceCount > 0 && contractions / sentenceCount >= 0.1;
  const tone: WritingStyleProfile['tone'] =
    usesContractions && averageSentenceWords < 20
      ? 'conversational'
      : !usesContractions && averageSentenceWords >= 20
      ? 'formal'
      : 'neutral';
  const mostUsed = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const notes = [
    `Average sentence: ${averageSentenceWords} words.`,
    usesContractions ? 'Uses contractions.' : 'Avoids contractions.',
    `Tone: ${tone}.`,
  ];
  return {
    sampleCount: texts.length,
    averageSentenceWords,
    usesContractions,
    greeting: mostUsed(greetings),
    signOff: mostUsed(signOffs),
    firstPersonRate: wordTotal ? Math.round((firstPerson / wordTotal) * 1000) / 1000 : 0,
    tone,
    notes,
  };
}

function capitalize(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
