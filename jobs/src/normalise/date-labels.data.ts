import type { LabelSet } from './labels.ts';

/**
 * Phrases that say what the next date in a text is, as folded regular-expression sources (lower case, no
 * accents, σ for ς). Strong labels may stand some words before their date (`Καταληκτική ημερομηνία υποβολής
 * αιτήσεων στο ΟΠΣ: 30/04/2026`); weak ones yield to a label just before them (`Υλοποίηση έως 31/12/2027` is a
 * project's end, not a deadline). `period` words only qualify a pair of dates; `ignore` labels claim dates
 * that are not the call's.
 */
export const dateLabels: LabelSet<'deadline' | 'opening' | 'period' | 'ignore'> = {
  strong: {
    deadline: [
      'καταληκτικ\\p{L}* (?:ημερομηνι|προθεσμι)\\p{L}*',
      'προθεσμι\\p{L}*',
      'ληξ(?:η|ησ)',
      'ημερομηνια ληξησ',
      'deadlines?',
      'cut-?off(?: dates?)?',
      'closing date',
      'closes?(?: on)?',
      'apply by',
      'submit(?:ted)? by',
      'due date',
      'applications? (?:are )?due',
      'no later than',
      'το αργοτερο',
      'οχι αργοτερα απο',
    ],
    opening: ['εναρξ\\p{L}*', 'ανοιγμα\\p{L}*', 'opening date', 'opening', 'opens(?: on)?', 'start date', 'submission opens'],
    period: [
      'περιοδ\\p{L}* υποβολ\\p{L}*',
      'διαστημα υποβολ\\p{L}*',
      'υποβολ\\p{L}*',
      'υποβαλλ\\p{L}*',
      'submission period',
      'application period',
      'submissions?',
      'applications?',
    ],
    ignore: [
      'διαρκει\\p{L}*',
      'υλοποιησ\\p{L}*',
      'επιλεξιμοτητ\\p{L}*',
      'δημοσιευσ\\p{L}*',
      'δημοσιευθηκε',
      'αναρτ\\p{L}*',
      'εκδοσ\\p{L}*',
      'ενημερω\\p{L}*',
      'ημεριδ\\p{L}*',
      'εκδηλωσ\\p{L}*',
      'αποτελεσματ\\p{L}*',
      'duration',
      'implementation',
      'eligibility period',
      'project period',
      'published',
      'publication date',
      'last updated?',
      'updated',
      'info day',
      'webinar',
      'results',
    ],
  },
  weak: {
    deadline: ['εωσ', 'μεχρι', 'until', 'till'],
    opening: ['απο', 'from'],
  },
};

/** Words between the two dates of a submission period: `05/03/2024 - 30/04/2024`, `από … έως …`. */
export const rangeSeparators: readonly string[] = ['-', '–', '—', 'εωσ', 'εωσ και', 'μεχρι', 'to', 'until', 'till'];
