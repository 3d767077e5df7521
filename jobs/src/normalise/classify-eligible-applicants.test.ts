import { describe, expect, it } from 'vitest';
import { classifyEligibleApplicants } from './classify-eligible-applicants.ts';

describe('classifyEligibleApplicants', () => {
  it.each([
    [
      'municipalities and their legal entities in a Greek ESF+ call',
      'Δυνητικοί δικαιούχοι: Δήμοι της χώρας και Νομικά Πρόσωπα Δημοσίου Δικαίου των Δήμων.',
      ['municipalities', 'public-bodies'],
    ],
    ['ΟΤΑ', 'Δικαιούχοι: ΟΤΑ α΄ βαθμού', ['municipalities']],
    [
      'an EU call for public bodies, non-profits and international organisations',
      'Eligible applicants: public bodies, non-profit organisations and international organisations established in an EU Member State.',
      ['public-bodies', 'ngos', 'international-organisations'],
    ],
    [
      'local and regional authorities',
      'Who can apply: local and regional authorities, universities and SMEs.',
      ['municipalities', 'regions', 'businesses', 'universities'],
    ],
    ['individuals', 'Δικαιούχοι: φυσικά πρόσωπα και Μ.Κ.Ο.', ['ngos', 'individuals']],
    [
      'the eligibility section only, not the publisher named above it',
      'Ο Δήμος Αθηναίων ανακοινώνει πρόσκληση. Επιλέξιμοι φορείς: Μη Κυβερνητικές Οργανώσεις.',
      ['ngos'],
    ],
    [
      'the whole text when the call has no eligibility section',
      'Πρόσκληση προς τους Δήμους για υποβολή προτάσεων στο Επιχειρησιακό Πρόγραμμα της Περιφερειακής ανάπτυξης.',
      ['municipalities'],
    ],
  ] as const)('finds %s', (_name, text, expected) => {
    expect(classifyEligibleApplicants(text, null)).toEqual(expected);
  });

  it.each([
    ['a Greek exclusion after a list', 'Δικαιούχοι: ΜΚΟ και αστικές μη κερδοσκοπικές εταιρείες. Δεν είναι επιλέξιμοι οι Ο.Τ.Α.', ['ngos']],
    ['a Greek exclusion before the negation', 'Δικαιούχοι: ΜΚΟ. Οι δήμοι δεν είναι επιλέξιμοι.', ['ngos']],
    ['an English exclusion', 'Eligible applicants: NGOs and universities. Local authorities are not eligible.', ['ngos', 'universities']],
    ['εκτός από', 'Δικαιούχοι είναι ΜΚΟ και φορείς του δημοσίου εκτός από τους δήμους', ['public-bodies', 'ngos']],
  ] as const)('leaves out municipalities on %s', (_name, text, expected) => {
    expect(classifyEligibleApplicants(text, null)).toEqual(expected);
  });

  it('does not take ineligible costs for ineligible applicants', () => {
    expect(classifyEligibleApplicants('Δικαιούχοι: Δήμοι. Δεν είναι επιλέξιμες οι δαπάνες μισθοδοσίας των δήμων.', null)).toEqual(['municipalities']);
  });

  it('keeps the source list, in the vocabulary order', () => {
    expect(classifyEligibleApplicants('Δικαιούχοι: ΜΚΟ', ['ngos', 'municipalities'])).toEqual(['municipalities', 'ngos']);
  });

  it('reads the text when the source list is empty', () => {
    expect(classifyEligibleApplicants('Δικαιούχοι: ΜΚΟ', [])).toEqual(['ngos']);
  });
});
