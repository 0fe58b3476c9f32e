export { lyingResume } from '../src/testing/fixtures.js';
