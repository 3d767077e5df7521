import { describe, expect, it } from 'vitest';
import { readTaskForm, taskDueDateInput } from './task-form.ts';

function formOf(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('readTaskForm', () => {
  it('reads a task due by the end of the day in Athens (winter and summer time)', () => {
    expect(readTaskForm(formOf({ title: ' Απόφαση ', assignee: 'user-1', dueAt: '2026-12-15' }))).toEqual({
      isValid: true,
      task: { title: 'Απόφαση', assigneeUserId: 'user-1', dueAt: '2026-12-15T21:59:00.000Z' },
    });
    expect(readTaskForm(formOf({ title: 'Επιστολές', assignee: '', dueAt: '2026-07-01' }))).toEqual({
      isValid: true,
      task: { title: 'Επιστολές', assigneeUserId: null, dueAt: '2026-07-01T20:59:00.000Z' },
    });
    expect(readTaskForm(formOf({ title: 'Χωρίς ημερομηνία' }))).toEqual({
      isValid: true,
      task: { title: 'Χωρίς ημερομηνία', assigneeUserId: null, dueAt: null },
    });
  });

  it('refuses a task without a title or with a day that does not exist', () => {
    expect(readTaskForm(formOf({ title: '  ', dueAt: '2026-12-15' }))).toEqual({ isValid: false, invalid: 'title' });
    expect(readTaskForm(formOf({ title: 'Α', dueAt: '2026-02-30' }))).toEqual({ isValid: false, invalid: 'dueAt' });
  });
});

describe('taskDueDateInput', () => {
  it('gives the Athens day of the due time, which late in the evening is a day after the UTC one', () => {
    expect(taskDueDateInput('2026-12-15T21:59:00.000Z')).toBe('2026-12-15');
    expect(taskDueDateInput('2026-12-15T22:30:00.000Z')).toBe('2026-12-16');
    expect(taskDueDateInput(null)).toBe('');
  });
});
