/**
 * Words of dates as Greek and English texts write them. Written naturally here and folded by the
 * scanner, so accents and capitals (`ΑΠΡΙΛΙΟΥ`, `Απρ.`) do not matter.
 */

/** Month number → its spellings: Greek genitive (the form dates use), nominative, accusative, colloquial and abbreviated; English. */
export const monthNames: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['Ιανουαρίου', 'Ιανουάριος', 'Ιανουάριο', 'Ιαν', 'January', 'Jan']],
  [2, ['Φεβρουαρίου', 'Φεβρουάριος', 'Φεβρουάριο', 'Φεβ', 'Φεβρ', 'February', 'Feb']],
  [3, ['Μαρτίου', 'Μάρτιος', 'Μάρτιο', 'Μάρτη', 'Μαρ', 'Μαρτ', 'March', 'Mar']],
  [4, ['Απριλίου', 'Απρίλιος', 'Απρίλιο', 'Απρίλη', 'Απρ', 'April', 'Apr']],
  [5, ['Μαΐου', 'Μάιος', 'Μάιο', 'Μάη', 'Μαΐ', 'May']],
  [6, ['Ιουνίου', 'Ιούνιος', 'Ιούνιο', 'Ιούνη', 'Ιουν', 'June', 'Jun']],
  [7, ['Ιουλίου', 'Ιούλιος', 'Ιούλιο', 'Ιούλη', 'Ιουλ', 'July', 'Jul']],
  [8, ['Αυγούστου', 'Αύγουστος', 'Αύγουστο', 'Αυγ', 'August', 'Aug']],
  [9, ['Σεπτεμβρίου', 'Σεπτέμβριος', 'Σεπτέμβριο', 'Σεπτέμβρη', 'Σεπτ', 'Σεπ', 'September', 'Sept', 'Sep']],
  [10, ['Οκτωβρίου', 'Οκτώβριος', 'Οκτώβριο', 'Οκτώβρη', 'Οκτ', 'October', 'Oct']],
  [11, ['Νοεμβρίου', 'Νοέμβριος', 'Νοέμβριο', 'Νοέμβρη', 'Νοεμ', 'Νοε', 'November', 'Nov']],
  [12, ['Δεκεμβρίου', 'Δεκέμβριος', 'Δεκέμβριο', 'Δεκέμβρη', 'Δεκ', 'December', 'Dec']],
];

/** Day names that may sit between a date and its time: `30/04/2026, ημέρα Πέμπτη και ώρα 15:00`. */
export const weekdayNames: readonly string[] = [
  'Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];

/**
 * Zones named after a time. EU calls write `CET` for Brussels local time all year round (summer included),
 * so CET and CEST both mean Europe/Brussels, not a fixed UTC+1.
 */
export const zoneNames: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Europe/Brussels', ['Brussels local time', 'Brussels time', 'Brussels', 'Central European Summer Time', 'Central European Time', 'CEST', 'CET', 'ώρα Βρυξελλών']],
  ['Europe/Athens', ['ώρα Ελλάδος', 'ώρα Ελλάδας', 'Athens time', 'Greek time', 'EEST', 'EET']],
  ['UTC', ['UTC', 'GMT']],
];
