export * from './types.js';
export * from './errors.js';
export type { AiEngine, AiEngineOptions, EmbedOptions } from './engine-types.js';
