import { describe, expect, it } from 'vitest';
import { extractDates } from './parse-dates.ts';

const athens = 'Europe/Athens';

describe('extractDates', () => {
  it.each([
    [
      'a Diavgeia subject with the deadline and its time',
      'Πρόσκληση υποβολής προτάσεων για την ένταξη πράξεων στο Πρόγραμμα «Ανθρώπινο Δυναμικό και Κοινωνική Συνοχή». Καταληκτική ημερομηνία υποβολής: 30 Απριλίου 2026, ώρα 15:00',
      { opening: null, deadline: '2026-04-30T12:00:00.000Z' },
    ],
    [
      'an espa.gr submission period',
      'Περίοδος υποβολής: 05/03/2024 - 30/04/2024',
      { opening: '2024-03-04T22:00:00.000Z', deadline: '2024-04-30T20:59:59.000Z' },
    ],
    [
      'a bare period, as a connector hands it over',
      '05/03/2024 - 30/04/2024',
      { opening: '2024-03-04T22:00:00.000Z', deadline: '2024-04-30T20:59:59.000Z' },
    ],
    [
      'από … έως …',
      'Οι αιτήσεις υποβάλλονται από 05/03/2024 έως 30/04/2024.',
      { opening: '2024-03-04T22:00:00.000Z', deadline: '2024-04-30T20:59:59.000Z' },
    ],
    [
      'separate opening and closing labels',
      'Έναρξη υποβολής: 05/03/2024\nΛήξη υποβολής: 30/04/2024 και ώρα 14:00',
      { opening: '2024-03-04T22:00:00.000Z', deadline: '2024-04-30T11:00:00.000Z' },
    ],
    [
      'έως with a weekday before the date',
      'Ημερομηνία δημοσίευσης: 01/03/2024. Οι αιτήσεις υποβάλλονται έως την Πέμπτη 30 Απριλίου 2026.',
      { opening: null, deadline: '2026-04-30T20:59:59.000Z' },
    ],
    [
      'an EU topic with Brussels time overriding the source zone',
      'Opening date: 5 March 2024. Deadline date: 18 April 2024 17:00:00 Brussels time',
      { opening: '2024-03-04T22:00:00.000Z', deadline: '2024-04-18T15:00:00.000Z' },
    ],
    ['closing date', 'Closing date: 1 December 2026', { opening: null, deadline: '2026-12-01T21:59:59.000Z' }],
    ['submission deadline', 'Submission deadline: December 1, 2026', { opening: null, deadline: '2026-12-01T21:59:59.000Z' }],
    ['apply by', 'Apply by 01 December 2026 at 12:00', { opening: null, deadline: '2026-12-01T10:00:00.000Z' }],
    ['opens', 'The call opens on 15 January 2026.', { opening: '2026-01-14T22:00:00.000Z', deadline: null }],
    ['Ημερομηνία έναρξης', 'Ημερομηνία έναρξης: 15/01/2026', { opening: '2026-01-14T22:00:00.000Z', deadline: null }],
    ['an extension: the later deadline', 'Λήξη υποβολής: 30/04/2024. Παράταση προθεσμίας έως 15/05/2024.', { opening: null, deadline: '2024-05-15T20:59:59.000Z' }],
  ])('reads %s', (_name, text, expected) => {
    expect(extractDates(text, athens)).toMatchObject(expected);
  });

  it('lists every cut-off of a multi-stage call', () => {
    const dates = extractDates('Deadline: 15/01/2026 (first cut-off); cut-off 15/06/2026', athens);
    expect(dates.deadlines).toEqual(['2026-01-15T21:59:59.000Z', '2026-06-15T20:59:59.000Z']);
    expect(dates.deadline).toBe('2026-06-15T20:59:59.000Z');
  });

  it.each([
    ['a project duration', 'Διάρκεια υλοποίησης: 01/01/2025 - 31/12/2027'],
    ['an implementation end after έως', 'Η υλοποίηση των πράξεων θα διαρκέσει έως 31/12/2027.'],
    ['an unlabelled date', 'Ανακοίνωση 12/02/2024 σχετικά με την πρόσκληση'],
    ['a publication date', 'Published: 12 February 2024'],
    ['an unlabelled period inside running text', 'Το έργο 01/01/2025 - 31/12/2027 χρηματοδοτείται'],
  ])('leaves out %s', (_name, text) => {
    expect(extractDates(text, athens)).toEqual({ opening: null, deadline: null, deadlines: [] });
  });

  it('drops an opening later than the deadline', () => {
    expect(extractDates('Deadline: 30 April 2026. Opening date: 15 June 2026', athens)).toMatchObject({
      opening: null,
      deadline: '2026-04-30T20:59:59.000Z',
    });
  });
});
