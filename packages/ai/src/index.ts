export * from './types.js';
export * from './errors.js';
export type { AiEngine, AiEngineOptions, EmbedOptions } from './engine-types.js';
export { createAiEngine } from './engine.js';
export { chunkResume } from './chunking.js';
export {
  validateResume,
  validateCoverLetter,
  userMaterial,
  buildMaterialIndex,
  extractClaims,
  findPlaceholders,
  LETTER_WORDS,
} from './validate/index.js';
export {
  verifyResearch,
  verifyResume,
  verifyLetter,
  candidateMaterial,
  type ResearchDraft,
  type ResumeDraft,
  type LetterDraft,
} from './truth/verify.js';
export { sanitizePosting, countWords, buildMaterial, type Material, type TruthReport } from './truth/index.js';
export { analyzeJobDescription } from './offline/analyze-job.js';
export { keywordCoverage, matchScore, rankBullets } from './offline/match.js';
export { lexicalVector, cosineSimilarity, LEXICAL_MODEL, VECTOR_DIMENSIONS } from './offline/lexical-vectors.js';
export { OFFLINE_MODEL } from './offline/phases.js';
export { claudeCostUsd, embeddingCostUsd } from './usage.js';
export { Semaphore, providerSemaphore } from './concurrency.js';
export { systemBlocks, libraryBlock } from './claude/prompts.js';
export { engineLabel } from './model/engine-label.js';
export { compatCostUsd } from './compat/compat-phases.js';
export { learnedMode, forgetLearnedModes, STRUCTURED_MODES, type StructuredMode } from './compat/structured.js';
