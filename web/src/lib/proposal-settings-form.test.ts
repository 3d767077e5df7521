import { describe, expect, it } from 'vitest';
import { readProposalSettingsForm } from './proposal-settings-form.ts';

function formOf(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const free = { leadSlug: 'athens', hasCall: false };

describe('readProposalSettingsForm', () => {
  it('reads the partners and needs, leaving the lead out, and the Athens deadline as UTC', () => {
    const reading = readProposalSettingsForm(
      formOf([
        ['title', ' Κοινή πρόταση '],
        ['partners', 'piraeus'],
        ['partners', 'athens'],
        ['needs', 'n1'],
        ['needs', 'n2'],
        ['deadlineDate', '2026-07-15'],
        ['deadlineTime', '15:00'],
      ]),
      free,
    );
    expect(reading).toEqual({
      isValid: true,
      change: { title: 'Κοινή πρόταση', partnerMunicipalities: ['piraeus'], needIds: ['n1', 'n2'], deadline: '2026-07-15T12:00:00.000Z' },
    });
  });

  it('clears the own deadline when both parts are empty, and sends none when the call has it', () => {
    expect(readProposalSettingsForm(formOf([['title', 'Τ']]), free)).toEqual({
      isValid: true,
      change: { title: 'Τ', partnerMunicipalities: [], needIds: [], deadline: null },
    });
    expect(readProposalSettingsForm(formOf([['title', 'Τ'], ['deadlineDate', '2026-07-15']]), { leadSlug: 'athens', hasCall: true })).toEqual({
      isValid: true,
      change: { title: 'Τ', partnerMunicipalities: [], needIds: [] },
    });
  });

  it('refuses a missing title, a date without a time and a day that does not exist', () => {
    expect(readProposalSettingsForm(formOf([['deadlineDate', '2026-07-15']]), free)).toEqual({
      isValid: false,
      errors: { title: 'proposalForm.error.required', deadline: 'callForm.error.time' },
    });
    expect(readProposalSettingsForm(formOf([['title', 'Τ'], ['deadlineDate', '2026-02-30'], ['deadlineTime', '10:00']]), free)).toEqual({
      isValid: false,
      errors: { deadline: 'callForm.error.date' },
    });
  });
});
