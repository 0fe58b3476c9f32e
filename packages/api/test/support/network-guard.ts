/** Fails the test file if anything in it tried to reach a host other than this machine. */
import { afterAll, beforeAll } from 'vitest';
import { installNetworkGuard, type NetworkGuard } from '@jobforge/ai/testing';

export function useNetworkGuard(): void {
  let guard: NetworkGuard;
  beforeAll(() => {
    guard = installNetworkGuard();
  });
  afterAll(() => {
    guard.assertNoViolations();
    guard.uninstall();
  });
}
