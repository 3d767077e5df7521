import { describe, expect, it } from 'vitest';
import { checkOutcomeFile, formatFileSize, isDecided, maxOutcomeFileBytes, parseScore, readOutcomeForm } from './outcome-form.ts';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

describe('isDecided', () => {
  it('is true once the proposal has been submitted, whatever came of it', () => {
    expect(['submitted', 'awarded', 'rejected', 'withdrawn'].every((status) => isDecided(status as never))).toBe(true);
    expect(['idea', 'drafting', 'review'].some((status) => isDecided(status as never))).toBe(false);
  });
});

describe('parseScore', () => {
  it('reads points with a comma or a dot, and nothing as null', () => {
    expect(parseScore('72')).toEqual({ isValid: true, value: 72 });
    expect(parseScore('72,5')).toEqual({ isValid: true, value: 72.5 });
    expect(parseScore(' 72.25 ')).toEqual({ isValid: true, value: 72.25 });
    expect(parseScore('')).toEqual({ isValid: true, value: null });
  });

  it('refuses negative, grouped or wordy scores', () => {
    for (const input of ['-1', '1.000,5', 'εβδομήντα', '7,255']) expect(parseScore(input)).toEqual({ isValid: false });
  });
});

describe('readOutcomeForm', () => {
  it('reads euros into cents and the score out of its maximum', () => {
    expect(
      readOutcomeForm(form({ requested: '250.000', awarded: '198.500,50', score: '72,5', maxScore: '100', feedback: ' Καλή τεκμηρίωση. ' })),
    ).toEqual({
      isValid: true,
      outcome: { requestedCents: 25_000_000, awardedCents: 19_850_050, evaluatorScore: 72.5, evaluatorMaxScore: 100, feedback: 'Καλή τεκμηρίωση.' },
    });
  });

  it('takes an empty form as nothing known yet', () => {
    expect(readOutcomeForm(form({}))).toEqual({
      isValid: true,
      outcome: { requestedCents: null, awardedCents: null, evaluatorScore: null, evaluatorMaxScore: null, feedback: '' },
    });
  });

  it('names what is wrong', () => {
    expect(readOutcomeForm(form({ requested: '12,3,4', awarded: '1.000.000.000.000', score: '80', maxScore: '' }))).toEqual({
      isValid: false,
      errors: { requested: 'outcome.form.error.amount', awarded: 'outcome.form.error.amountTooLarge', maxScore: 'outcome.form.error.maxScoreMissing' },
    });
    expect(readOutcomeForm(form({ score: '101', maxScore: '100' }))).toEqual({ isValid: false, errors: { score: 'outcome.form.error.scoreAboveMax' } });
    expect(readOutcomeForm(form({ maxScore: '0' }))).toEqual({ isValid: false, errors: { maxScore: 'outcome.form.error.score' } });
  });
});

describe('checkOutcomeFile', () => {
  it('takes a PDF up to 5 MiB', () => {
    expect(checkOutcomeFile({ name: 'Αξιολόγηση.pdf', size: 1000, type: 'application/pdf' })).toBeNull();
    expect(checkOutcomeFile({ name: 'report.PDF', size: maxOutcomeFileBytes, type: '' })).toBeNull();
  });

  it('refuses an empty file, a larger one and anything but a PDF', () => {
    expect(checkOutcomeFile({ name: 'a.pdf', size: 0, type: 'application/pdf' })).toBe('outcome.file.error.empty');
    expect(checkOutcomeFile({ name: 'a.pdf', size: maxOutcomeFileBytes + 1, type: 'application/pdf' })).toBe('outcome.file.error.tooLarge');
    expect(checkOutcomeFile({ name: 'a.docx', size: 10, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })).toBe(
      'outcome.file.error.notPdf',
    );
  });
});

describe('formatFileSize', () => {
  it('says kilobytes and megabytes the way each language writes numbers', () => {
    expect(formatFileSize(250_880, 'en')).toBe('245 kB');
    expect(formatFileSize(1_258_291, 'en')).toBe('1.2 MB');
    expect(formatFileSize(1_258_291, 'el')).toBe('1,2 MB');
    expect(formatFileSize(500, 'en')).toMatch(/^500\sbyte/);
  });
});
