/**
 * On the embedded database an in-process test can run for minutes on promises alone, without the
 * event loop reaching its poll phase, where the worker reads the test runner's replies. Vitest fails
 * a run whose reply waited past its fixed 60 s ("Timeout calling onTaskUpdate") even when every test
 * passed. One macrotask after each test lets the replies through.
 */
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
