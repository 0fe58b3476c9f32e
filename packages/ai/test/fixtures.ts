export * from '../src/testing/fixtures.js';
