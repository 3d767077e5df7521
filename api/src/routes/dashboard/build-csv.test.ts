import { describe, expect, it } from 'vitest';
import { buildCsv, formatEuros } from './build-csv.ts';

describe('buildCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    const csv = buildCsv(['a', 'b'], [[1, 2]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('a,b\r\n1,2\r\n');
  });

  it('quotes only cells with a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    const csv = buildCsv(['text'], [['plain'], ['a,b'], ['say "hi"'], ['two\nlines'], ['cr\rhere'], [null]]);
    expect(csv.slice(1).split('\r\n')).toEqual(['text', 'plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\rhere"', '', '']);
  });

  it('keeps Greek text as it is', () => {
    const csv = buildCsv(['δήμος'], [['Νέα Φιλαδέλφεια, Νέα Χαλκηδόνα'], ['Λάρισα']]);
    expect(csv).toBe('\uFEFFδήμος\r\n"Νέα Φιλαδέλφεια, Νέα Χαλκηδόνα"\r\nΛάρισα\r\n');
  });

  it('prefixes text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const cells = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx', 'ok=1'];
    const csv = buildCsv(['c'], [...cells.map((cell) => [cell]), [-3]]);
    expect(csv.slice(1).split('\r\n')).toEqual(["c", `"'=HYPERLINK(""http://x"",""y"")"`, "'+1", "'-2", "'@SUM(A1)", "'\tx", 'ok=1', '-3', '']);
  });
});

describe('formatEuros', () => {
  it('writes cents as euros with two decimals and a dot', () => {
    expect(formatEuros(0)).toBe('0.00');
    expect(formatEuros(5)).toBe('0.05');
    expect(formatEuros(123_456_789)).toBe('1234567.89');
    expect(formatEuros(1_000_000_000_000)).toBe('10000000000.00');
  });
});
