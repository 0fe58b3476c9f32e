import { afterEach } from 'vitest';
import { installNetworkGuard } from '../src/testing/index.js';

// Any request to a host other than 127.0.0.1 throws, and fails the test even if it was caught.
const guard = installNetworkGuard();
afterEach(() => guard.assertNoViolations());

export { guard };
