import { describe, expect, it } from 'vitest';
import { announcementFieldOfBodyProperty, liftCallIssues, readAnnouncementForm } from './announcement-form.ts';
import { groupIssuesByField } from './forms.ts';

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

const call: [string, string][] = [
  ['title', 'Ένταξη πολιτών τρίτων χωρών στην αγορά εργασίας'],
  ['summary', 'Δράσεις κατάρτισης και συμβουλευτικής'],
  ['programme', 'esf-plus'],
  ['language', 'el'],
  ['deadlineDate', '2026-09-30'],
  ['deadlineTime', '15:00'],
  ['budget', '2.000.000'],
];

describe('readAnnouncementForm', () => {
  it('sends the message, the chosen municipalities once each, and the call without `official`', () => {
    const result = readAnnouncementForm(
      formOf([
        ['message', '  Νέα πρόσκληση ΕΚΤ+ για τους δήμους του δικτύου. '],
        ['audience', 'chosen'],
        ['targetMunicipalities', 'athens'],
        ['targetMunicipalities', 'larissa'],
        ['targetMunicipalities', 'athens'],
        ['official', 'on'],
        ...call,
      ]),
    );
    expect(result.isValid).toBe(true);
    if (!result.isValid) return;
    expect(result.announcement.message).toBe('Νέα πρόσκληση ΕΚΤ+ για τους δήμους του δικτύου.');
    expect(result.announcement.targetMunicipalities).toEqual(['athens', 'larissa']);
    expect(result.announcement.call).toMatchObject({
      title: 'Ένταξη πολιτών τρίτων χωρών στην αγορά εργασίας',
      programme: 'esf-plus',
      deadline: '2026-09-30T12:00:00.000Z',
      budgetCents: 200_000_000,
    });
    expect(result.announcement.call).not.toHaveProperty('official');
  });

  it('sends no municipalities for the whole network, whatever boxes were ticked before', () => {
    const result = readAnnouncementForm(
      formOf([['message', 'Για όλους'], ['audience', 'all'], ['targetMunicipalities', 'athens'], ...call]),
    );
    expect(result.isValid && result.announcement.targetMunicipalities).toEqual([]);
  });

  it('asks for a message, at least one chosen municipality, and the call’s own required fields', () => {
    const result = readAnnouncementForm(formOf([['audience', 'chosen'], ['language', 'el']]));
    expect(result).toEqual({
      isValid: false,
      errors: {
        message: 'announcements.error.message',
        targetMunicipalities: 'announcements.error.targets',
        title: 'callForm.error.required',
        programme: 'callForm.error.programme',
      },
    });
  });

  it('refuses a valid call when only the announcement is incomplete', () => {
    const result = readAnnouncementForm(formOf([['message', ''], ['audience', 'all'], ...call]));
    expect(result).toEqual({ isValid: false, errors: { message: 'announcements.error.message' } });
  });
});

describe('liftCallIssues', () => {
  it('shows a refused field of the call at the call’s own field, and the announcement’s at its own', () => {
    const issues = liftCallIssues([
      { path: ['call', 'budgetCents'], message: 'Too large' },
      { path: ['targetMunicipalities', '0'], message: 'Unknown municipality' },
      { path: ['call'], message: 'Required' },
    ]);
    const { byField, general } = groupIssuesByField(issues, announcementFieldOfBodyProperty);
    expect(byField).toEqual({ budget: 'Too large', targetMunicipalities: 'Unknown municipality' });
    expect(general).toEqual(['Required']);
  });
});
