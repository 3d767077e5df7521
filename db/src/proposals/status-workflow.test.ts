import { describe, expect, it } from 'vitest';
import { isAllowedStatusMove, mayMakeStatusMove } from './status-workflow.ts';

describe('proposal status workflow', () => {
  it('allows the forward path, back from review, and withdrawal from anywhere', () => {
    expect(isAllowedStatusMove('idea', 'drafting')).toBe(true);
    expect(isAllowedStatusMove('review', 'drafting')).toBe(true);
    expect(isAllowedStatusMove('submitted', 'rejected')).toBe(true);
    expect(isAllowedStatusMove('awarded', 'withdrawn')).toBe(true);
    expect(isAllowedStatusMove('idea', 'submitted')).toBe(false);
    expect(isAllowedStatusMove('submitted', 'drafting')).toBe(false);
    expect(isAllowedStatusMove('withdrawn', 'withdrawn')).toBe(false);
    expect(isAllowedStatusMove('withdrawn', 'drafting')).toBe(false);
  });

  it('lets reviewers move only into or out of review', () => {
    expect(mayMakeStatusMove('review', 'drafting', 'review')).toBe(true);
    expect(mayMakeStatusMove('review', 'review', 'submitted')).toBe(true);
    expect(mayMakeStatusMove('review', 'idea', 'drafting')).toBe(false);
    expect(mayMakeStatusMove('read', 'drafting', 'review')).toBe(false);
    expect(mayMakeStatusMove('edit', 'idea', 'drafting')).toBe(true);
  });
});
