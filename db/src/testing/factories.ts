import type { CallFields } from '../calls/call-fields.ts';

/** A plausible open call; tests override what they are about. */
export function buildCallFields(overrides: Partial<CallFields> = {}): CallFields {
  return {
    title: 'Integration of third-country nationals in the labour market',
    summary: 'Support for municipalities to connect refugees with local employers.',
    url: 'https://example.org/calls/1',
    funder: 'European Commission',
    programme: 'amif',
    reference: 'AMIF-2026-TF2-AG-INTE-01',
    statusHint: null,
    withdrawn: false,
    openingDate: '2026-09-01T07:00:00.000Z',
    deadline: '2027-02-15T16:00:00.000Z',
    budgetCents: 500_000_000,
    currency: 'EUR',
    maxGrantCents: 100_000_000,
    cofinancingRate: 0.9,
    eligibleApplicants: ['municipalities', 'ngos'],
    themes: ['labour-market'],
    language: 'en',
    ...overrides,
  };
}
