import type { MessageKey } from '../i18n/el.ts';
import {
  lessonPhases,
  programmes,
  sharingLevels,
  type LessonPhase,
  type NewLesson,
  type Programme,
  type Role,
  type SharingLevel,
} from './api-types.ts';
import { readText } from './forms.ts';

// The limits of the API's lesson schema, checked before sending.
export const lessonTitleMaxLength = 200;
export const lessonTextMaxLength = 5000;
export const lessonFunderMaxLength = 200;

/** POST /api/lessons: officers (for their own municipality), the coordination team and administrators; never the liaison. */
export const rolesThatWriteLessons: readonly Role[] = ['officer', 'coordinator', 'admin'];

export const lessonFormFields = ['title', 'whatHappened', 'nextTime', 'programme', 'funder', 'themes', 'phase', 'sharing', 'goodPractice'] as const;
export type LessonFormField = (typeof lessonFormFields)[number];
export type LessonFormErrors = Partial<Record<LessonFormField, MessageKey>>;

export type ReadLessonForm = { isValid: true; lesson: NewLesson } | { isValid: false; errors: LessonFormErrors };

/** Which form field shows the API's complaint about each property of the body. */
export const lessonFieldOfBodyProperty: Record<string, LessonFormField> = {
  title: 'title',
  whatHappened: 'whatHappened',
  nextTime: 'nextTime',
  programme: 'programme',
  funder: 'funder',
  themes: 'themes',
  phase: 'phase',
  sharing: 'sharing',
  goodPracticeId: 'goodPractice',
};

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/**
 * Reads the lesson form into the body of POST /api/lessons (or PATCH /api/lessons/:id), or says which fields
 * are wrong. `hasMunicipality`: whether the lesson will belong to a municipality (an officer's, or the
 * proposal's lead); without one a lesson cannot be kept to a municipality, the API would refuse it.
 */
export function readLessonForm(data: FormData, context: { proposalId: string | null; hasMunicipality: boolean }): ReadLessonForm {
  const errors: LessonFormErrors = {};
  const required = (name: 'title' | 'whatHappened' | 'nextTime', maxLength: number) => {
    const value = readText(data, name);
    if (!value) errors[name] = 'lessons.form.error.required';
    else if (value.length > maxLength) errors[name] = 'lessons.form.error.tooLong';
    return value;
  };
  const title = required('title', lessonTitleMaxLength);
  const whatHappened = required('whatHappened', lessonTextMaxLength);
  const nextTime = required('nextTime', lessonTextMaxLength);

  const programme = readText(data, 'programme');
  if (!isOneOf<Programme>(programmes, programme)) errors.programme = 'lessons.form.error.choose';
  const funder = readText(data, 'funder');
  if (funder.length > lessonFunderMaxLength) errors.funder = 'lessons.form.error.tooLong';
  const phase = readText(data, 'phase');
  if (!isOneOf<LessonPhase>(lessonPhases, phase)) errors.phase = 'lessons.form.error.choose';
  const sharing = readText(data, 'sharing');
  if (!isOneOf<SharingLevel>(sharingLevels, sharing)) errors.sharing = 'lessons.form.error.choose';
  else if (sharing === 'municipality' && !context.hasMunicipality) errors.sharing = 'lessons.form.error.sharingWithoutMunicipality';

  const themes = [...new Set(data.getAll('themes').filter((value): value is string => typeof value === 'string' && value !== ''))];
  const goodPracticeId = readText(data, 'goodPractice') || null;

  if (
    Object.keys(errors).length > 0 ||
    !isOneOf<Programme>(programmes, programme) ||
    !isOneOf<LessonPhase>(lessonPhases, phase) ||
    !isOneOf<SharingLevel>(sharingLevels, sharing)
  ) {
    return { isValid: false, errors };
  }
  return {
    isValid: true,
    lesson: {
      proposalId: context.proposalId,
      title,
      whatHappened,
      nextTime,
      programme,
      funder: funder || null,
      themes,
      phase,
      sharing,
      goodPracticeId,
    },
  };
}

/**
 * The programme a proposal without a call most likely belongs to, from the template it started with
 * (the API reads it the same way for the lessons it offers); null when the template says nothing.
 */
export function programmeOfTemplate(templateKey: string): Programme | null {
  if (templateKey === 'esf-plus' || templateKey === 'amif' || templateKey === 'donor') return templateKey;
  return null;
}
