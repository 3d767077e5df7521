import type { MessageKey } from '../i18n/el.ts';
import type { NewAnnouncement, ValidationIssue } from './api-types.ts';
import { callFieldOfBodyProperty, readCallForm, type CallFormErrors, type CallFormField } from './call-form.ts';
import { readText } from './forms.ts';

/** The announcement's own fields, and those of the call it announces (named as in the new-call form). */
export type AnnouncementFormField = CallFormField | 'message' | 'targetMunicipalities';

export type AnnouncementFormErrors = Partial<Record<AnnouncementFormField, MessageKey>>;

export type ReadAnnouncementForm =
  | { isValid: true; announcement: NewAnnouncement }
  | { isValid: false; errors: AnnouncementFormErrors };

/** "all": every municipality of the network; "chosen": the ticked ones, at least one. */
export const announcementAudiences = ['all', 'chosen'] as const;

/**
 * Reads the announce form into the body of POST /api/announcements, or says which fields are wrong. The call
 * is read exactly as the new-call form reads it; an announced call is official by definition, so the body
 * carries no `official` (the API sets it).
 */
export function readAnnouncementForm(form: FormData): ReadAnnouncementForm {
  const errors: AnnouncementFormErrors = {};

  const message = readText(form, 'message');
  if (!message) errors.message = 'announcements.error.message';

  const isForChosen = readText(form, 'audience') === 'chosen';
  const targetMunicipalities = isForChosen ? [...new Set(form.getAll('targetMunicipalities').map(String).filter(Boolean))] : [];
  if (isForChosen && targetMunicipalities.length === 0) errors.targetMunicipalities = 'announcements.error.targets';

  const reading = readCallForm(form);
  if (!reading.isValid) Object.assign(errors, reading.errors satisfies CallFormErrors);
  if (!reading.isValid || Object.keys(errors).length > 0) return { isValid: false, errors };

  const { official: _official, ...call } = reading.call;
  return { isValid: true, announcement: { message, targetMunicipalities, call } };
}

/** Which form field shows the API's complaint about each property of the body (the call's, once lifted). */
export const announcementFieldOfBodyProperty: Record<string, AnnouncementFormField> = {
  ...callFieldOfBodyProperty,
  message: 'message',
  targetMunicipalities: 'targetMunicipalities',
};

/**
 * The API names a refused field of the call by its path in the body, ["call", "deadline"]; the form shows it
 * at the call's own field, as the new-call form would: the leading "call" step is dropped.
 */
export function liftCallIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => (issue.path[0] === 'call' && issue.path.length > 1 ? { ...issue, path: issue.path.slice(1) } : issue));
}
