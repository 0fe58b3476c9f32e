export * from './core.js';
export * from './vectors.js';
