export { extractClaims, type Claim } from './claims.js';
export { buildMaterialIndex, isSupported, type MaterialIndex, type ExtraAllowances } from './material.js';
export { candidateMaterial as userMaterial } from '../truth/verify.js';
export { validateResume, findInventions, type ResumeValidationContext } from './resume.js';
export { validateCoverLetter, findPlaceholders, mentionsRole, LETTER_WORDS } from './letter.js';
