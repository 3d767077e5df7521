import { describe, expect, it } from 'vitest';
import { readProposalForm } from './proposal-form.ts';

function formOf(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('readProposalForm', () => {
  it('reads a joint proposal, leaving the lead out of its own partners', () => {
    const reading = readProposalForm(
      formOf([
        ['title', '  Ένταξη μέσω εργασίας '],
        ['call', ''],
        ['lead', 'athens'],
        ['partners', 'thessaloniki'],
        ['partners', 'athens'],
        ['template', 'esf-plus'],
        ['needs', 'n1'],
      ]),
    );
    expect(reading).toEqual({
      isValid: true,
      proposal: {
        title: 'Ένταξη μέσω εργασίας',
        callId: null,
        leadMunicipality: 'athens',
        partnerMunicipalities: ['thessaloniki'],
        template: 'esf-plus',
        needIds: ['n1'],
      },
    });
  });

  it('refuses a form without a title or template at those fields', () => {
    const reading = readProposalForm(formOf([['lead', 'athens'], ['template', 'unknown']]));
    expect(reading).toEqual({ isValid: false, errors: { title: 'proposalForm.error.required', template: 'proposalForm.error.required' } });
  });
});
