import { describe, expect, it } from 'vitest';
import { PHASE_DOCUMENT, PHASE_STATUS, statusReached } from '../src/phases.js';

describe('phases', () => {
  it('map each phase to its document and the status it reaches', () => {
    expect(PHASE_DOCUMENT.resume).toBe('optimized_resume');
    expect(statusReached(PHASE_STATUS.cover_letter, PHASE_STATUS.research)).toBe(true);
    expect(statusReached('draft', PHASE_STATUS.research)).toBe(false);
  });
});
