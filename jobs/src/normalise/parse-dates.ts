import { dateLabels, rangeSeparators } from './date-labels.data.ts';
import { compileLabels, findLabels, labelKindBefore, type LabelReach } from './labels.ts';
import { findTextDatesFromFolded, type TextDate, textDateToIso } from './parse-text-date.ts';
import { type FoldedText, foldForMatching } from './term-matcher.ts';

export interface ExtractedDates {
  opening: string | null;
  /** The latest labelled deadline: an extension or a last cut-off closes the call. */
  deadline: string | null;
  /** Every labelled deadline in text order, for a caller that knows the clock (multi-stage calls). */
  deadlines: string[];
}

const labels = compileLabels(dateLabels);
const reach: LabelReach<keyof typeof dateLabels.strong> = { strong: 90, weak: 25, chain: 40, vague: ['period'] };
const rangeSeparatorPattern = new RegExp(`^ ?(?:${rangeSeparators.join('|')}) ?$`, 'u');

/**
 * The opening and deadline written in Greek or English text, as ISO UTC instants: dates after labels such as
 * `Καταληκτική ημερομηνία υποβολής`, `Λήξη υποβολής`, `έως`, `deadline`, `Έναρξη υποβολής`, `opening date`,
 * and submission periods (`Περίοδος υποβολής: 05/03/2024 - 30/04/2024`, `από … έως …`). A deadline without a
 * time lasts until 23:59:59 in `zone`. Unlabelled dates and project durations are left alone: a wrong deadline
 * is worse than none.
 */
export function extractDates(text: string, zone: string): ExtractedDates {
  return extractDatesFromFolded(foldForMatching(text), zone);
}

/** extractDates of text a caller has already folded for all its extractors. */
export function extractDatesFromFolded(folded: FoldedText, zone: string): ExtractedDates {
  const dates = findTextDatesFromFolded(folded);
  // Labels say only what a date is: without a date, there is nothing to look them up for.
  if (dates.length === 0) return { opening: null, deadline: null, deadlines: [] };
  const found = findLabels(folded, labels);
  const openings: string[] = [];
  const deadlines: string[] = [];

  for (let index = 0; index < dates.length; index += 1) {
    const date = dates[index] as TextDate;
    const kind = labelKindBefore(found, date.start, dates[index - 1]?.end ?? 0, reach);
    const next = dates[index + 1];
    if (next && rangeSeparatorPattern.test(folded.slice(date.end, next.start))) {
      // A period needs a label, or nothing but itself before it (a connector's bare `05/03/2024 - 30/04/2024`).
      const isSubmissionPeriod = kind !== null ? kind !== 'ignore' : !/\p{L}/u.test(folded.slice(0, date.start));
      if (isSubmissionPeriod) {
        openings.push(textDateToIso(date, zone, 'opening'));
        deadlines.push(textDateToIso(next, zone, 'deadline'));
      }
      index += 1;
    } else if (kind === 'deadline') {
      deadlines.push(textDateToIso(date, zone, 'deadline'));
    } else if (kind === 'opening') {
      openings.push(textDateToIso(date, zone, 'opening'));
    }
  }

  const deadline = deadlines.length > 0 ? deadlines.reduce((a, b) => (a > b ? a : b)) : null;
  const earliestOpening = openings.length > 0 ? openings.reduce((a, b) => (a < b ? a : b)) : null;
  // An opening after the deadline is a misread (often a results or info-day date): drop it.
  const opening = earliestOpening && deadline && earliestOpening > deadline ? null : earliestOpening;
  return { opening, deadline, deadlines };
}
