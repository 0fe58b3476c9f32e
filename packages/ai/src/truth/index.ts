export { buildMaterial, type Material, type MaterialSource } from './material.js';
export { checkResume } from './check-resume.js';
export { checkLetter } from './check-letter.js';
export { sanitizePosting, withSafePosting, addressesModel } from './posting.js';
export { countWords } from './tokens.js';
export { numbersIn } from './numbers.js';
export { emptyTruthReport, type TruthReport, type CheckAction, type CheckActionKind } from './report.js';
