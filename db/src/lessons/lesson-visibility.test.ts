import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import { sharingLevels } from '../schema/index.ts';
import { canReadLesson } from './lesson-visibility.ts';

const officer = (municipalityId: string): Actor => ({ userId: 'u', email: 'o@x', role: 'officer', municipalityId });
const role = (r: Actor['role']): Actor => ({ userId: 'u', email: 'x@x', role: r, municipalityId: null });

describe('canReadLesson', () => {
  it('keeps a municipality-only lesson inside its municipality and the coordination team', () => {
    const lesson = { sharing: 'municipality' as const, municipalityId: 'athens' };
    expect(canReadLesson(officer('athens'), lesson)).toBe(true);
    expect(canReadLesson(officer('larissa'), lesson)).toBe(false);
    expect(canReadLesson(role('liaison'), lesson)).toBe(false);
    expect(canReadLesson(null, lesson)).toBe(false);
    expect(canReadLesson(role('coordinator'), lesson)).toBe(true);
    expect(canReadLesson(role('admin'), lesson)).toBe(true);
  });

  it('shows network lessons to every member and public ones to anyone', () => {
    for (const sharing of sharingLevels) {
      const lesson = { sharing, municipalityId: 'athens' };
      expect(canReadLesson(null, lesson)).toBe(sharing === 'public');
      expect(canReadLesson(role('liaison'), lesson)).toBe(sharing !== 'municipality');
    }
  });
});
