import type { MessageKey } from '../i18n/el.ts';
import { isWebAddress, readText } from './forms.ts';
import { sourceKinds, type NewSource, type SourceKind } from './api-types.ts';

export const defaultSourceSchedule = '0 */6 * * *';

export const sourceFormFields = ['name', 'kind', 'url', 'schedule', 'enabled'] as const;
export type SourceFormField = (typeof sourceFormFields)[number];
export type SourceFormErrors = Partial<Record<SourceFormField, MessageKey>>;

export type ReadSourceForm = { isValid: true; source: NewSource } | { isValid: false; errors: SourceFormErrors };

/** Which form field shows the API's complaint about each property of the body. */
export const sourceFieldOfBodyProperty: Record<string, SourceFormField> = {
  name: 'name',
  kind: 'kind',
  url: 'url',
  schedule: 'schedule',
  enabled: 'enabled',
  options: 'kind',
};

function isSourceKind(value: string): value is SourceKind {
  return (sourceKinds as readonly string[]).includes(value);
}

/** Five fields separated by spaces; whether each field makes sense is the API's to say. */
function looksLikeCron(value: string): boolean {
  return /^\S+(\s+\S+){4}$/.test(value);
}

/** Reads the add-source form into the body of POST /api/sources, or says which fields are wrong. */
export function readSourceForm(form: FormData): ReadSourceForm {
  const errors: SourceFormErrors = {};
  const name = readText(form, 'name');
  if (!name) errors.name = 'sourceForm.error.required';
  const kind = readText(form, 'kind');
  if (!isSourceKind(kind)) errors.kind = 'sourceForm.error.kind';
  const url = readText(form, 'url');
  // Manual entries fetch nothing, so they need no address.
  if (!url && kind !== 'manual') errors.url = 'sourceForm.error.required';
  else if (url && !isWebAddress(url)) errors.url = 'sourceForm.error.url';
  const schedule = readText(form, 'schedule') || defaultSourceSchedule;
  if (!looksLikeCron(schedule)) errors.schedule = 'sourceForm.error.schedule';

  if (Object.keys(errors).length > 0 || !isSourceKind(kind)) return { isValid: false, errors };
  return { isValid: true, source: { name, kind, url, schedule, enabled: form.get('enabled') === 'on' } };
}
