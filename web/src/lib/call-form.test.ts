import { describe, expect, it } from 'vitest';
import { callFieldOfBodyProperty, readCallForm } from './call-form.ts';
import { groupIssuesByField } from './forms.ts';

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

const minimal: [string, string][] = [
  ['title', 'Ένταξη μεταναστών στην αγορά εργασίας'],
  ['summary', ''],
  ['programme', 'esf-plus'],
  ['language', 'el'],
];

describe('readCallForm', () => {
  it('sends Athens dates and times as UTC and euro as integer cents', () => {
    const result = readCallForm(
      formOf([
        ...minimal,
        ['url', 'https://www.espa.gr/el/Pages/ProclamationsFS.aspx?item=1'],
        ['funder', 'Υπουργείο Μετανάστευσης και Ασύλου'],
        ['reference', 'ΑΔΑ: 9ΧΥΖ46ΜΤΛ6-ΑΒΓ'],
        ['openingDate', '2026-01-15'],
        ['deadlineDate', '2026-07-15'],
        ['deadlineTime', '15:00'],
        ['budget', '1.250.000,50'],
        ['maxGrant', '250000'],
        ['cofinancingRate', '80'],
        ['eligibleApplicants', 'municipalities'],
        ['eligibleApplicants', 'ngos'],
        ['themes', 'labour-market'],
        ['official', 'on'],
      ]),
    );
    expect(result).toEqual({
      isValid: true,
      call: {
        title: 'Ένταξη μεταναστών στην αγορά εργασίας',
        summary: '',
        url: 'https://www.espa.gr/el/Pages/ProclamationsFS.aspx?item=1',
        funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
        programme: 'esf-plus',
        reference: 'ΑΔΑ: 9ΧΥΖ46ΜΤΛ6-ΑΒΓ',
        openingDate: '2026-01-14T22:00:00.000Z',
        deadline: '2026-07-15T12:00:00.000Z',
        budgetCents: 125_000_050,
        currency: 'EUR',
        maxGrantCents: 25_000_000,
        cofinancingRate: 0.8,
        eligibleApplicants: ['municipalities', 'ngos'],
        themes: ['labour-market'],
        language: 'el',
        official: true,
      },
    });
  });

  it('sends empty optional fields as null and an unticked box as false', () => {
    const result = readCallForm(formOf(minimal));
    expect(result).toMatchObject({
      isValid: true,
      call: {
        url: null,
        funder: null,
        reference: null,
        openingDate: null,
        deadline: null,
        budgetCents: null,
        maxGrantCents: null,
        cofinancingRate: null,
        eligibleApplicants: [],
        themes: [],
        official: false,
      },
    });
  });

  it('says which fields are wrong', () => {
    const result = readCallForm(
      formOf([
        ['title', '  '],
        ['programme', 'lottery'],
        ['url', 'javascript:alert(1)'],
        ['deadlineDate', '2026-07-15'],
        ['deadlineTime', ''],
        ['budget', 'a lot'],
        ['cofinancingRate', '120'],
      ]),
    );
    expect(result).toEqual({
      isValid: false,
      errors: {
        title: 'callForm.error.required',
        programme: 'callForm.error.programme',
        url: 'callForm.error.url',
        deadline: 'callForm.error.time',
        budget: 'callForm.error.amount',
        cofinancingRate: 'callForm.error.rate',
      },
    });
  });

  it('refuses a deadline before the opening and a maximum grant above the budget', () => {
    const result = readCallForm(
      formOf([
        ...minimal,
        ['openingDate', '2026-07-16'],
        ['deadlineDate', '2026-07-15'],
        ['deadlineTime', '15:00'],
        ['budget', '100.000'],
        ['maxGrant', '200.000'],
      ]),
    );
    expect(result).toEqual({
      isValid: false,
      errors: { deadline: 'callForm.error.deadlineBeforeOpening', maxGrant: 'callForm.error.maxGrantAboveBudget' },
    });
  });
});

describe('groupIssuesByField', () => {
  it('puts each API issue next to the field that holds that property', () => {
    expect(
      groupIssuesByField(
        [
          { path: ['budgetCents'], message: 'Too small' },
          { path: ['eligibleApplicants', '1'], message: 'Invalid option' },
          { path: ['deadline'], message: 'Must be in the future' },
          { path: ['deadline'], message: 'A second complaint' },
          { path: ['toString'], message: 'Not a field' },
          { path: [], message: 'Body too large' },
        ],
        callFieldOfBodyProperty,
      ),
    ).toEqual({
      byField: { budget: 'Too small', eligibleApplicants: 'Invalid option', deadline: 'Must be in the future' },
      general: ['Not a field', 'Body too large'],
    });
  });
});
