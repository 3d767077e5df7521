import { endOfAthensDayToUtcIso } from './athens-time.ts';
import { readText } from './forms.ts';

export type ReadMilestoneForm = { isValid: true; milestone: { title: string; dueAt: string } } | { isValid: false; invalid: 'title' | 'dueAt' };

/** The milestone form → POST /api/proposals/:id/milestones; a milestone falls due at the end of its day in Athens. */
export function readMilestoneForm(data: FormData): ReadMilestoneForm {
  const title = readText(data, 'title');
  if (!title) return { isValid: false, invalid: 'title' };
  const dueAt = endOfAthensDayToUtcIso(readText(data, 'dueAt'));
  if (dueAt === null) return { isValid: false, invalid: 'dueAt' };
  return { isValid: true, milestone: { title, dueAt } };
}
