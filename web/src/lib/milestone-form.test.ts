import { describe, expect, it } from 'vitest';
import { readMilestoneForm } from './milestone-form.ts';

function formOf(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('readMilestoneForm', () => {
  it('reads a milestone due by the end of its day in Athens', () => {
    expect(readMilestoneForm(formOf({ title: ' Απόφαση συμβουλίου ', dueAt: '2026-12-10' }))).toEqual({
      isValid: true,
      milestone: { title: 'Απόφαση συμβουλίου', dueAt: '2026-12-10T21:59:00.000Z' },
    });
    expect(readMilestoneForm(formOf({ title: 'Επιστολές', dueAt: '2026-06-10' }))).toEqual({
      isValid: true,
      milestone: { title: 'Επιστολές', dueAt: '2026-06-10T20:59:00.000Z' },
    });
  });

  it('refuses a milestone without a title, or without a day that exists', () => {
    expect(readMilestoneForm(formOf({ title: '', dueAt: '2026-12-10' }))).toEqual({ isValid: false, invalid: 'title' });
    expect(readMilestoneForm(formOf({ title: 'Α', dueAt: '' }))).toEqual({ isValid: false, invalid: 'dueAt' });
    expect(readMilestoneForm(formOf({ title: 'Α', dueAt: '2026-02-30' }))).toEqual({ isValid: false, invalid: 'dueAt' });
  });
});
