/**
 * @jobforge/domain: the enums, limits, field schemas and phase maps of Job Forge, defined once.
 * Browser-safe (zod only, no server imports): the database schema, the API and the web pages all
 * import it, so a value or a rule cannot drift between them.
 */
export * from './enums.js';
export * from './limits.js';
export * from './fields.js';
export * from './field-groups.js';
export * from './field-errors.js';
export * from './phases.js';
export * from './labels.js';
export * from './dates.js';
export * from './markdown-text.js';
export * from './text-lines.js';
