import { describe, expect, it } from 'vitest';
import type { Me, Role } from './api-types.ts';
import { canReadAllNeeds, canReadNeeds, canWriteNeedsOf } from './need-access.ts';

function user(role: Role, municipalityId?: string): Me {
  return {
    id: 'u1',
    email: 'someone@example.org',
    name: 'Someone',
    role,
    municipality: municipalityId ? { id: municipalityId, slug: 'athens', name: 'Athens', nameEl: 'Αθήνα' } : null,
    calendarUrl: 'http://127.0.0.1/calendar/x.ics',
  };
}

describe('need access', () => {
  it('lets an officer read and change only their own municipality’s needs', () => {
    const officer = user('officer', 'm-athens');
    expect(canReadNeeds(officer)).toBe(true);
    expect(canReadAllNeeds(officer)).toBe(false);
    expect(canWriteNeedsOf(officer, 'm-athens')).toBe(true);
    expect(canWriteNeedsOf(officer, 'm-piraeus')).toBe(false);
  });

  it('lets coordinators read every municipality’s needs but change none', () => {
    const coordinator = user('coordinator');
    expect(canReadAllNeeds(coordinator)).toBe(true);
    expect(canWriteNeedsOf(coordinator, 'm-athens')).toBe(false);
  });

  it('lets admins change any municipality’s needs', () => {
    expect(canWriteNeedsOf(user('admin'), 'm-athens')).toBe(true);
  });

  it('shows the ministry liaison no needs', () => {
    expect(canReadNeeds(user('liaison'))).toBe(false);
    expect(canWriteNeedsOf(user('liaison'), 'm-athens')).toBe(false);
    expect(canReadNeeds(null)).toBe(false);
  });
});
