export * from './types.js';
export { icuNurse } from './icu-nurse.js';
export { juniorAccountant } from './junior-accountant.js';
export { pythonDeveloper } from './python-developer.js';
export { teacherToUx } from './teacher-to-ux.js';
export { warehouseLead } from './warehouse-lead.js';
export { paralegal } from './paralegal.js';
export { civilEngineer } from './civil-engineer.js';
import { icuNurse } from './icu-nurse.js';
import { juniorAccountant } from './junior-accountant.js';
import { pythonDeveloper } from './python-developer.js';
import { teacherToUx } from './teacher-to-ux.js';

import { warehouseLead } from './warehouse-lead.js';
import { paralegal } from './paralegal.js';
import { civilEngineer } from './civil-engineer.js';

/** The people the checks were built against, from four fields. */
export const people = [icuNurse, juniorAccountant, pythonDeveloper, teacherToUx];

/** People and lies written after the checks, to see whether they generalise (not tuned against). */
export const heldOut = [warehouseLead, paralegal];

/** Written last and run once before any change to the checks (its first figures are in docs/benchmarks.md). */
export const lateHeldOut = [civilEngineer];
