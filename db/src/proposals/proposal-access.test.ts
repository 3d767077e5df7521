import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import { decideProposalAccess, type ProposalAccessFacts } from './proposal-access.ts';

const officerOf = (municipalityId: string): Actor => ({ userId: 'u', email: 'u@x', role: 'officer', municipalityId });
const networkWide = (role: 'coordinator' | 'liaison' | 'admin'): Actor => ({ userId: 'u', email: 'u@x', role, municipalityId: null });
const draft: ProposalAccessFacts = { leadMunicipalityId: 'athens', partnerMunicipalityIds: ['thessaloniki'], status: 'drafting', sharedAsExample: false };

describe('decideProposalAccess', () => {
  it('lets officers of the lead and of partners edit, and admins', () => {
    expect(decideProposalAccess(officerOf('athens'), draft)).toBe('edit');
    expect(decideProposalAccess(officerOf('thessaloniki'), draft)).toBe('edit');
    expect(decideProposalAccess(networkWide('admin'), draft)).toBe('edit');
  });

  it('lets coordinators review and hides a draft from everyone else', () => {
    expect(decideProposalAccess(networkWide('coordinator'), draft)).toBe('review');
    expect(decideProposalAccess(officerOf('piraeus'), draft)).toBeNull();
    expect(decideProposalAccess(networkWide('liaison'), draft)).toBeNull();
  });

  it('shows a shared example to everyone only once it is submitted', () => {
    expect(decideProposalAccess(officerOf('piraeus'), { ...draft, sharedAsExample: true })).toBeNull();
    expect(decideProposalAccess(officerOf('piraeus'), { ...draft, status: 'submitted' })).toBeNull();
    for (const status of ['submitted', 'awarded', 'rejected'] as const) {
      expect(decideProposalAccess(officerOf('piraeus'), { ...draft, status, sharedAsExample: true })).toBe('read');
    }
    expect(decideProposalAccess(officerOf('piraeus'), { ...draft, status: 'withdrawn', sharedAsExample: true })).toBeNull();
  });
});
