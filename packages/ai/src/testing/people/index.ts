export * from './types.js';
export { icuNurse } from './icu-nurse.js';
export { juniorAccountant } from './junior-accountant.js';
export { pythonDeveloper } from './python-developer.js';
export { teacherToUx } from './teacher-to-ux.js';
import { icuNurse } from './icu-nurse.js';
import { juniorAccountant } from './junior-accountant.js';
import { pythonDeveloper } from './python-developer.js';
import { teacherToUx } from './teacher-to-ux.js';

/** The people of the truthfulness suite, from four fields. */
export const people = [icuNurse, juniorAccountant, pythonDeveloper, teacherToUx];
