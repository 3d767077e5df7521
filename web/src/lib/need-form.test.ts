import { describe, expect, it } from 'vitest';
import { addTargetGroups, checkTargetGroups, formatCentsForInput, readNeedForm } from './need-form.ts';
import { parseEuroToCents } from './amount-input.ts';

function formOf(values: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return form;
}

describe('addTargetGroups', () => {
  it('splits on commas and new lines and tidies spaces', () => {
    expect(addTargetGroups([], ' πρόσφυγες ,  ασυνόδευτοι   ανήλικοι\nΡομά, ')).toEqual(['πρόσφυγες', 'ασυνόδευτοι ανήλικοι', 'Ρομά']);
  });

  it('does not add a group twice, whatever its case', () => {
    expect(addTargetGroups(['Πρόσφυγες'], 'πρόσφυγες, ΠΡΌΣΦΥΓΕΣ, μετανάστες')).toEqual(['Πρόσφυγες', 'μετανάστες']);
    expect(addTargetGroups(['refugees'], 'Refugees')).toEqual(['refugees']);
  });
});

describe('checkTargetGroups', () => {
  it('keeps to the API’s limits', () => {
    expect(checkTargetGroups(['πρόσφυγες'])).toBeNull();
    expect(checkTargetGroups(Array.from({ length: 21 }, (_, index) => `ομάδα ${index}`))).toBe('needForm.error.tooManyGroups');
    expect(checkTargetGroups(['x'.repeat(101)])).toBe('needForm.error.groupTooLong');
  });
});

describe('readNeedForm', () => {
  it('reads a complete form into the body of the API', () => {
    const read = readNeedForm(
      formOf({
        title: ' Μαθήματα ελληνικών ',
        description: 'Για ενήλικες',
        category: 'labour-market',
        targetGroups: ['πρόσφυγες'],
        targetGroupsDraft: 'μετανάστες',
        priority: '1',
        budget: '1.250.000,50',
        status: 'in-progress',
      }),
    );
    expect(read).toEqual({
      isValid: true,
      need: {
        title: 'Μαθήματα ελληνικών',
        description: 'Για ενήλικες',
        category: 'labour-market',
        targetGroups: ['πρόσφυγες', 'μετανάστες'],
        priority: 1,
        estimatedBudgetCents: 125_000_050,
        status: 'in-progress',
      },
    });
  });

  it('leaves an empty budget unestimated and the status at "identified"', () => {
    const read = readNeedForm(formOf({ title: 'Τίτλος', category: 'networking', priority: '2', budget: '' }));
    expect(read).toMatchObject({ isValid: true, need: { estimatedBudgetCents: null, status: 'identified', targetGroups: [] } });
  });

  it('names every field at fault', () => {
    const read = readNeedForm(formOf({ title: '', category: '', priority: '7', budget: 'πολλά', status: 'lost' }));
    expect(read).toEqual({
      isValid: false,
      errors: {
        title: 'needForm.error.required',
        category: 'needForm.error.category',
        priority: 'needForm.error.priority',
        budget: 'needForm.error.amount',
        status: 'needForm.error.status',
      },
    });
  });

  it('refuses a budget above the API’s ceiling', () => {
    const read = readNeedForm(formOf({ title: 'x', category: 'networking', priority: '2', budget: '20.000.000.000' }));
    expect(read).toMatchObject({ isValid: false, errors: { budget: 'needForm.error.amountTooLarge' } });
  });
});

describe('formatCentsForInput', () => {
  it('writes an amount the way each language does, and reads back to the same cents', () => {
    for (const cents of [0, 5, 150, 42_000_000, 125_000_050, 123_456]) {
      for (const language of ['el', 'en'] as const) {
        expect(parseEuroToCents(formatCentsForInput(cents, language))).toEqual({ isValid: true, cents });
      }
    }
    expect(formatCentsForInput(42_000_000, 'el')).toBe('420.000');
    expect(formatCentsForInput(42_000_000, 'en')).toBe('420,000');
    expect(formatCentsForInput(125_000_050, 'el')).toBe('1.250.000,50');
    expect(formatCentsForInput(null, 'el')).toBe('');
  });
});
