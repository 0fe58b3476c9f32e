// Worker threads start without the parent's TypeScript loader: register tsx, then load the task.
import { register } from 'tsx/esm/api';

register();
const task = await import(process.env.JOBFORGE_PHASE_WORKER_MODULE || './phase-worker.ts');
export default task.default;
