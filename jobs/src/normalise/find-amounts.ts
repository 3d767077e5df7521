import { currencyNames, scaleWords } from './money-words.data.ts';
import { alternation } from './pattern-text.ts';
import { type FoldedText, foldForMatching } from './term-matcher.ts';
import { WordScanner } from './word-scanner.ts';

/** An amount of money found in folded text. */
export interface FoundAmount {
  start: number;
  end: number;
  cents: number;
  /** ISO 4217 code when a sign or name is written beside the number. */
  currency: string | null;
  /** Written with thousands separators, decimals or a scale word: a number that looks like money. */
  isFormatted: boolean;
}

// 10 billion euro: no call for a municipality is larger, so a bigger figure is a misread.
const maxCents = 1_000_000_000_000n;
const maxCentsNumber = Number(maxCents);

const currencyByName = new Map(currencyNames.flatMap(([code, names]) => names.map((name) => [name, code] as const)));
const exponentByScale = new Map(scaleWords.flatMap(([exponent, words]) => words.map((word) => [word, exponent] as const)));
const currencies = alternation([...currencyByName.keys()]);
const scales = alternation([...exponentByScale.keys()]);

// Thousands groups must all use the same separator (a dot, comma or space); a decimal part may follow.
const groupedNumber = '\\d{1,3}(?<group>[.,\\u00a0\\u202f ])\\d{3}(?:\\k<group>\\d{3})*(?:[.,]\\d+)?';
const plainNumber = '\\d+(?:[.,]\\d+)?';
const amountSource =
  `(?<![\\p{L}\\p{N}.,])(?:(?<before>${currencies}) ?)?(?<number>${groupedNumber}|${plainNumber})(?![.,]?\\d)` +
  `(?: ?(?<scale>${scales})(?!\\p{L}))?(?: ?(?<after>${currencies}))?(?![\\p{L}\\p{N}])(?! ?(?:%|τοισ εκατο|percent|per cent))`;
// Tried only where a word starts (see word-scanner.ts), which the look-behind implies.
const amountScanner = new WordScanner([{ kind: 'amount', alternatives: [amountSource] }]);

/** The amounts of money in the text, in order. Indexes refer to `foldText` of the whitespace-collapsed text. */
export function findAmounts(text: string): FoundAmount[] {
  return findAmountsFromFolded(foldForMatching(text));
}

/** findAmounts of text a caller has already folded. */
export function findAmountsFromFolded(folded: FoldedText): FoundAmount[] {
  const amounts: FoundAmount[] = [];
  for (const { match } of amountScanner.findAll(folded)) {
    const { before: currencyBefore, number, group: groupSeparator, scale: scaleWord, after: currencyAfter } = match.groups ?? {};
    const exponent = scaleWord === undefined ? 0 : (exponentByScale.get(scaleWord) ?? 0);
    const cents = numberToCents(number ?? '', groupSeparator ?? null, exponent);
    if (cents === null) continue;
    const currencyName = currencyBefore ?? currencyAfter;
    amounts.push({
      start: match.index,
      end: match.index + match[0].length,
      cents,
      currency: currencyName === undefined ? null : (currencyByName.get(currencyName) ?? null),
      isFormatted: groupSeparator !== undefined || /[.,]/.test(number ?? '') || scaleWord !== undefined,
    });
  }
  return amounts;
}

/**
 * Exact integer cents of a written number. Greek texts write `1.234.567,89` and English ones `1,234,567.89`:
 * the format is read from the pattern. Repeated separators are thousands; with both kinds, the last is the
 * decimal mark; a single separator followed by exactly three digits is thousands (`1.250` is one thousand two
 * hundred and fifty), except before a scale word (`€1.250 million`). Digits are summed as integers, never
 * multiplied as floats.
 */
function numberToCents(number: string, groupSeparator: string | null, exponent: number): number | null {
  const marks = number.match(/[.,\u00a0\u202f ]/g) ?? [];
  const lastMark = marks.at(-1);
  const lastMarkAt = lastMark === undefined ? -1 : number.lastIndexOf(lastMark);
  const tailLength = number.length - lastMarkAt - 1;
  let decimalAt = -1;
  if (lastMark !== undefined && lastMark !== groupSeparator) decimalAt = lastMarkAt;
  else if (marks.length === 1 && (tailLength !== 3 || exponent > 0)) decimalAt = lastMarkAt;
  // `1.250.5`: a decimal part cannot use the thousands separator.
  else if (marks.length > 1 && tailLength !== 3) return null;

  const integerDigits = (decimalAt < 0 ? number : number.slice(0, decimalAt)).replace(/\D/g, '');
  const fractionDigits = decimalAt < 0 ? '' : number.slice(decimalAt + 1);
  // More than two decimals is not money (3.14159), unless a scale word follows (2.125 million).
  if (fractionDigits.length > 2 && exponent === 0) return null;
  // Without a scale word the cents are the digits themselves, shifted; a double holds fifteen digits exactly,
  // and a product too large to be exact is far above the largest amount anyway.
  if (exponent === 0 && integerDigits.length + fractionDigits.length <= 15) {
    const cents = Number(integerDigits + fractionDigits) * 10 ** (2 - fractionDigits.length);
    return cents > 0 && cents <= maxCentsNumber ? cents : null;
  }
  const numerator = BigInt(integerDigits + fractionDigits) * 100n * 10n ** BigInt(exponent);
  const denominator = 10n ** BigInt(fractionDigits.length);
  const cents = (numerator * 2n + denominator) / (2n * denominator);
  if (cents <= 0n || cents > maxCents) return null;
  return Number(cents);
}
