export * from './types.js';
import { loadPerson } from './load.js';

// Each person is a YAML document beside this file (resume, posting, letter and the planted lies).
export const icuNurse = loadPerson(new URL('./icu-nurse.yaml', import.meta.url));
export const juniorAccountant = loadPerson(new URL('./junior-accountant.yaml', import.meta.url));
export const pythonDeveloper = loadPerson(new URL('./python-developer.yaml', import.meta.url));
export const teacherToUx = loadPerson(new URL('./teacher-to-ux.yaml', import.meta.url));
export const warehouseLead = loadPerson(new URL('./warehouse-lead.yaml', import.meta.url));
export const paralegal = loadPerson(new URL('./paralegal.yaml', import.meta.url));
export const civilEngineer = loadPerson(new URL('./civil-engineer.yaml', import.meta.url));

/** The people the checks were built against, from four fields. */
export const people = [icuNurse, juniorAccountant, pythonDeveloper, teacherToUx];

/** People and lies written after the checks, to see whether they generalise (not tuned against). */
export const heldOut = [warehouseLead, paralegal];

/** Written last and run once before any change to the checks (its first figures are in docs/benchmarks.md). */
export const lateHeldOut = [civilEngineer];
