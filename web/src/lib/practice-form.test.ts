import { describe, expect, it } from 'vitest';
import { readPracticeForm } from './practice-form.ts';

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

const basics = {
  title: 'Κέντρο Ένταξης Μεταναστών με ενιαία θυρίδα',
  municipality: 'athens',
  summary: 'Μία θυρίδα για όλες τις υπηρεσίες του δήμου.',
  body: '## Τι κάναμε\n\nΜία θυρίδα.',
  programme: '',
  themes: ['integration'],
  contactName: ['Μαρία Παπαδοπούλου', ''],
  contactRole: ['Υπεύθυνη ΚΕΜ', ''],
  contactEmail: ['kem@athens.gr', ''],
  contactPhone: ['+30 210 0000000', ''],
  linkLabel: ['Ιστοσελίδα', ''],
  linkUrl: ['https://www.cityofathens.gr/kem', ''],
};

describe('readPracticeForm', () => {
  it('reads the form, dropping the empty rows offered for one more contact and link', () => {
    expect(readPracticeForm(form(basics))).toEqual({
      isValid: true,
      practice: {
        title: 'Κέντρο Ένταξης Μεταναστών με ενιαία θυρίδα',
        municipality: 'athens',
        summary: 'Μία θυρίδα για όλες τις υπηρεσίες του δήμου.',
        body: '## Τι κάναμε\n\nΜία θυρίδα.',
        themes: ['integration'],
        programme: null,
        contacts: [{ name: 'Μαρία Παπαδοπούλου', role: 'Υπεύθυνη ΚΕΜ', email: 'kem@athens.gr', phone: '+30 210 0000000' }],
        links: [{ label: 'Ιστοσελίδα', url: 'https://www.cityofathens.gr/kem' }],
      },
    });
  });

  it('keeps a known programme and labels a link by its address when it has no label', () => {
    const reading = readPracticeForm(form({ ...basics, programme: 'amif', linkLabel: [''], linkUrl: ['https://example.org/a'] }));
    expect(reading).toMatchObject({ isValid: true, practice: { programme: 'amif', links: [{ label: 'https://example.org/a', url: 'https://example.org/a' }] } });
  });

  it('names the missing fields', () => {
    expect(readPracticeForm(form({}))).toEqual({
      isValid: false,
      errors: {
        title: 'practices.form.error.required',
        summary: 'practices.form.error.required',
        body: 'practices.form.error.required',
        municipality: 'practices.form.error.choose',
      },
    });
  });

  it('refuses a link that is not a web address, e.g. javascript:', () => {
    const reading = readPracticeForm(form({ ...basics, linkLabel: ['Κλικ'], linkUrl: ['javascript:alert(1)'] }));
    expect(reading).toEqual({ isValid: false, errors: { links: 'practices.form.error.url' } });
  });

  it('wants a name for every contact and a plausible email', () => {
    expect(readPracticeForm(form({ ...basics, contactName: [''], contactRole: ['Γραμματεία'], contactEmail: [''], contactPhone: [''] }))).toEqual({
      isValid: false,
      errors: { contacts: 'practices.form.error.contactName' },
    });
    expect(readPracticeForm(form({ ...basics, contactName: ['Νίκος'], contactRole: [''], contactEmail: ['nikos at athens'], contactPhone: [''] }))).toEqual({
      isValid: false,
      errors: { contacts: 'practices.form.error.email' },
    });
  });

  it('refuses more contacts than the API keeps', () => {
    const names = Array.from({ length: 11 }, (_, index) => `Επαφή ${index + 1}`);
    expect(readPracticeForm(form({ ...basics, contactName: names, contactRole: [], contactEmail: [], contactPhone: [] }))).toEqual({
      isValid: false,
      errors: { contacts: 'practices.form.error.tooManyContacts' },
    });
  });

  it('refuses an unknown programme and a text longer than the API takes', () => {
    expect(readPracticeForm(form({ ...basics, programme: 'lottery', title: 'α'.repeat(301) }))).toEqual({
      isValid: false,
      errors: { programme: 'practices.form.error.choose', title: 'practices.form.error.tooLong' },
    });
  });
});
