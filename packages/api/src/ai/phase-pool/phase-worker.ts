/**
 * Runs in a worker thread: one engine per set of options, and each task (a phase, or the parsing of a
 * resume into chunks) with progress and cancellation over its own MessagePort. Everything the
 * engines compute (job analysis, ranking, parsing, the truth check) happens here, off the thread
 * that answers HTTP requests.
 */
import { createAiEngine, type AiEngine, type AiEngineOptions, type ProgressEvent } from '@jobforge/ai';
import { serializeError, type FromWorker, type PhaseTask, type TaskOutcome, type ToWorker } from './messages.js';

const engines = new Map<string, AiEngine>();

function engineFor(options: AiEngineOptions): AiEngine {
  const key = JSON.stringify(options);
  let engine = engines.get(key);
  if (!engine) {
    engine = createAiEngine(options);
    engines.set(key, engine);
  }
  return engine;
}

export default async function runTask(task: PhaseTask): Promise<TaskOutcome> {
  const controller = new AbortController();
  task.port.on('message', (message: ToWorker) => {
    if (message.type === 'abort') controller.abort(new Error('aborted'));
  });
  try {
    const engine = engineFor(task.engineOptions);
    if (task.kind === 'chunkResume') return { ok: true, value: engine.chunkResume(task.markdown) };
    const options = {
      signal: controller.signal,
      onProgress: (event: ProgressEvent) => task.port.postMessage({ type: 'progress', event } satisfies FromWorker),
    };
    const value =
      task.phase === 'research'
        ? await engine.research(task.input, options)
        : task.phase === 'resume'
        ? await engine.tailorResume(task.input, options)
        : await engine.writeCoverLetter(task.input, options);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  } finally {
    // The result travels on another channel: 'done' tells the pool every progress event has arrived.
    task.port.postMessage({ type: 'done' } satisfies FromWorker);
    task.port.close();
  }
}
