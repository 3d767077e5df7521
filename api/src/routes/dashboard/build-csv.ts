export type CsvCell = string | number | null;

// A text cell that a spreadsheet would read as a formula (CWE-1236): = + - @, and tab or carriage return,
// which some spreadsheets strip before looking.
const formulaStart = /^[=+\-@\t\r]/;

function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  // Numbers are ours, never a person's text, and are written as they are.
  const text = typeof cell === 'number' ? String(cell) : formulaStart.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF lines, quotes only where needed, quotes doubled) with a UTF-8 byte order mark, without
 * which Excel reads Greek as Latin-1. Text that could run as a formula is prefixed with an apostrophe.
 */
export function buildCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(formatCell).join(',')).join('\r\n')}\r\n`;
}

/** Integer cents (never negative here) as euros with two decimals and a dot, in integer arithmetic: 1234567 → '12345.67'. */
export function formatEuros(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
