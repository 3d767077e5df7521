import type { MessageKey } from '../i18n/el.ts';
import { programmes, type NewGoodPractice, type PracticeContact, type PracticeLink, type Programme, type Role } from './api-types.ts';
import { isWebAddress, readText } from './forms.ts';

// The limits of the API's good-practice schema, checked before sending.
export const practiceTitleMaxLength = 300;
export const practiceSummaryMaxLength = 2000;
export const practiceBodyMaxLength = 50_000;
export const practiceContactsMaxCount = 10;
export const practiceLinksMaxCount = 20;

/** POST /api/good-practices: the coordination team and administrators curate the network's practices. */
export const rolesThatWritePractices: readonly Role[] = ['coordinator', 'admin'];

export const practiceFormFields = ['title', 'municipality', 'summary', 'body', 'themes', 'programme', 'contacts', 'links'] as const;
export type PracticeFormField = (typeof practiceFormFields)[number];
export type PracticeFormErrors = Partial<Record<PracticeFormField, MessageKey>>;

export type ReadPracticeForm = { isValid: true; practice: NewGoodPractice } | { isValid: false; errors: PracticeFormErrors };

/** Which form field shows the API's complaint about each property of the body. */
export const practiceFieldOfBodyProperty: Record<string, PracticeFormField> = {
  title: 'title',
  municipality: 'municipality',
  summary: 'summary',
  body: 'body',
  themes: 'themes',
  programme: 'programme',
  contacts: 'contacts',
  links: 'links',
};

/** The values of repeated inputs, row by row: `columns` name the inputs of one row, in the order they appear. */
function readRows<Column extends string>(data: FormData, columns: Record<Column, string>): Record<Column, string>[] {
  const values = Object.entries(columns).map(([column, name]) => [column, data.getAll(name as string).map((value) => (typeof value === 'string' ? value.trim() : ''))] as const);
  const count = Math.max(0, ...values.map(([, list]) => list.length));
  return Array.from({ length: count }, (_, index) =>
    Object.fromEntries(values.map(([column, list]) => [column, list[index] ?? ''])) as Record<Column, string>,
  );
}

/** A plausible address: something@something.something, no spaces; the mail client has the last word. */
function isEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

function readContacts(data: FormData): { contacts: PracticeContact[]; error?: MessageKey } {
  const rows = readRows(data, { name: 'contactName', role: 'contactRole', email: 'contactEmail', phone: 'contactPhone' });
  // A row left empty is no contact: the form always offers one more row than it needs.
  const contacts = rows.filter((row) => Object.values(row).some((value) => value !== ''));
  if (contacts.length > practiceContactsMaxCount) return { contacts, error: 'practices.form.error.tooManyContacts' };
  if (contacts.some((contact) => contact.name === '')) return { contacts, error: 'practices.form.error.contactName' };
  if (contacts.some((contact) => contact.email !== '' && !isEmailAddress(contact.email))) return { contacts, error: 'practices.form.error.email' };
  return { contacts };
}

function readLinks(data: FormData): { links: PracticeLink[]; error?: MessageKey } {
  const rows = readRows(data, { label: 'linkLabel', url: 'linkUrl' });
  const links = rows.filter((row) => row.label !== '' || row.url !== '');
  if (links.length > practiceLinksMaxCount) return { links, error: 'practices.form.error.tooManyLinks' };
  // Only web addresses: a javascript: or data: link in a practice would run in a colleague's browser.
  if (links.some((link) => !isWebAddress(link.url))) return { links, error: 'practices.form.error.url' };
  // A link without a label is shown by its address.
  return { links: links.map((link) => ({ label: link.label || link.url, url: link.url })) };
}

/** Reads the good-practice form into the body of POST /api/good-practices (or PATCH), or says which fields are wrong. */
export function readPracticeForm(data: FormData): ReadPracticeForm {
  const errors: PracticeFormErrors = {};
  const text = (name: 'title' | 'summary' | 'body', maxLength: number) => {
    const value = readText(data, name);
    if (!value) errors[name] = 'practices.form.error.required';
    else if (value.length > maxLength) errors[name] = 'practices.form.error.tooLong';
    return value;
  };
  const title = text('title', practiceTitleMaxLength);
  const summary = text('summary', practiceSummaryMaxLength);
  const body = text('body', practiceBodyMaxLength);
  const municipality = readText(data, 'municipality');
  if (!municipality) errors.municipality = 'practices.form.error.choose';
  const programme = readText(data, 'programme');
  const isKnownProgramme = (programmes as readonly string[]).includes(programme);
  if (programme && !isKnownProgramme) errors.programme = 'practices.form.error.choose';
  const themes = [...new Set(data.getAll('themes').filter((value): value is string => typeof value === 'string' && value !== ''))];
  const { contacts, error: contactsError } = readContacts(data);
  if (contactsError) errors.contacts = contactsError;
  const { links, error: linksError } = readLinks(data);
  if (linksError) errors.links = linksError;

  if (Object.keys(errors).length > 0) return { isValid: false, errors };
  return {
    isValid: true,
    practice: {
      title,
      municipality,
      summary,
      body,
      themes,
      programme: isKnownProgramme ? (programme as Programme) : null,
      contacts,
      links,
    },
  };
}
