import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests read the deployment files from there). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
