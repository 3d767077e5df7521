import { endOfAthensDayToUtcIso, utcToAthensDateTime } from './athens-time.ts';
import { readText } from './forms.ts';

export interface TaskInput {
  title: string;
  assigneeUserId: string | null;
  dueAt: string | null;
}

export type ReadTaskForm = { isValid: true; task: TaskInput } | { isValid: false; invalid: 'title' | 'dueAt' };

/** A task form (new or edited) → the body the API takes; a task due on a day is due by the end of it in Athens. */
export function readTaskForm(data: FormData): ReadTaskForm {
  const title = readText(data, 'title');
  if (!title) return { isValid: false, invalid: 'title' };
  const due = readText(data, 'dueAt');
  const dueAt = due ? endOfAthensDayToUtcIso(due) : null;
  if (due && dueAt === null) return { isValid: false, invalid: 'dueAt' };
  return { isValid: true, task: { title, assigneeUserId: readText(data, 'assignee') || null, dueAt } };
}

/** The day a task is due, as a date input shows it (the Athens calendar day, not the UTC one). */
export function taskDueDateInput(dueAt: string | null): string {
  return dueAt ? (utcToAthensDateTime(dueAt)?.date ?? '') : '';
}
