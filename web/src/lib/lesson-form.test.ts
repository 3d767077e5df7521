import { describe, expect, it } from 'vitest';
import { programmeOfTemplate, readLessonForm } from './lesson-form.ts';

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

const complete = {
  title: ' Η βεβαίωση του λογιστηρίου θέλει τρεις εβδομάδες ',
  whatHappened: 'Ζητήσαμε τη βεβαίωση δύο μέρες πριν την υποβολή.',
  nextTime: 'Ζητάμε τη βεβαίωση μόλις ανοίξει η πρόσκληση.',
  programme: 'esf-plus',
  funder: '',
  themes: ['employment', 'employment', 'education'],
  phase: 'submission',
  sharing: 'network',
  goodPractice: '',
};

describe('readLessonForm', () => {
  it('reads a complete form into the body of POST /api/lessons', () => {
    expect(readLessonForm(form(complete), { proposalId: 'p1', hasMunicipality: true })).toEqual({
      isValid: true,
      lesson: {
        proposalId: 'p1',
        title: 'Η βεβαίωση του λογιστηρίου θέλει τρεις εβδομάδες',
        whatHappened: 'Ζητήσαμε τη βεβαίωση δύο μέρες πριν την υποβολή.',
        nextTime: 'Ζητάμε τη βεβαίωση μόλις ανοίξει η πρόσκληση.',
        programme: 'esf-plus',
        funder: null,
        themes: ['employment', 'education'],
        phase: 'submission',
        sharing: 'network',
        goodPracticeId: null,
      },
    });
  });

  it('keeps the funder and the good practice when given', () => {
    const reading = readLessonForm(form({ ...complete, funder: 'Υπουργείο Εργασίας', goodPractice: 'gp-1' }), {
      proposalId: null,
      hasMunicipality: true,
    });
    expect(reading).toMatchObject({ isValid: true, lesson: { funder: 'Υπουργείο Εργασίας', goodPracticeId: 'gp-1', proposalId: null } });
  });

  it('names every missing or unknown field', () => {
    const reading = readLessonForm(form({ programme: 'lottery', phase: '', sharing: 'everyone' }), { proposalId: null, hasMunicipality: true });
    expect(reading).toEqual({
      isValid: false,
      errors: {
        title: 'lessons.form.error.required',
        whatHappened: 'lessons.form.error.required',
        nextTime: 'lessons.form.error.required',
        programme: 'lessons.form.error.choose',
        phase: 'lessons.form.error.choose',
        sharing: 'lessons.form.error.choose',
      },
    });
  });

  it('refuses texts longer than the API takes', () => {
    const reading = readLessonForm(form({ ...complete, title: 'α'.repeat(201), funder: 'β'.repeat(201) }), {
      proposalId: null,
      hasMunicipality: true,
    });
    expect(reading).toEqual({ isValid: false, errors: { title: 'lessons.form.error.tooLong', funder: 'lessons.form.error.tooLong' } });
  });

  it('refuses a municipality-only lesson that belongs to no municipality', () => {
    const reading = readLessonForm(form({ ...complete, sharing: 'municipality' }), { proposalId: null, hasMunicipality: false });
    expect(reading).toEqual({ isValid: false, errors: { sharing: 'lessons.form.error.sharingWithoutMunicipality' } });
    expect(readLessonForm(form({ ...complete, sharing: 'municipality' }), { proposalId: null, hasMunicipality: true }).isValid).toBe(true);
  });
});

describe('programmeOfTemplate', () => {
  it('reads the programme of the templates that name one', () => {
    expect(programmeOfTemplate('esf-plus')).toBe('esf-plus');
    expect(programmeOfTemplate('amif')).toBe('amif');
    expect(programmeOfTemplate('donor')).toBe('donor');
    expect(programmeOfTemplate('blank')).toBeNull();
  });
});
