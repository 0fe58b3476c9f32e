export * from './password.js';
export * from './tokens.js';
export * from './cookies.js';
export * from './credentials.js';
export * from './csrf.js';
