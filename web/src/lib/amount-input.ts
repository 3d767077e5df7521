// What people type into an amount field: Greek "1.250.000,50", plain "1250000.50", English "1,250,000.50",
// with or without a euro sign. Amounts become integer cents by string arithmetic, never through a float.

export type ParsedAmount = { isValid: true; cents: number | null } | { isValid: false };

function splitWholeAndFraction(text: string): { whole: string; fraction: string } | null {
  const dots = [...text].filter((character) => character === '.').length;
  const commas = [...text].filter((character) => character === ',').length;
  if (dots > 0 && commas > 0) {
    // Both present: the last one separates the cents, the other groups thousands.
    const decimalSeparator = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const grouping = decimalSeparator === '.' ? ',' : '.';
    if ((decimalSeparator === '.' ? dots : commas) > 1) return null;
    const [whole = '', fraction = ''] = text.split(decimalSeparator);
    if (!isGroupedBy(whole, grouping)) return null;
    return { whole: whole.split(grouping).join(''), fraction };
  }

  const separator = dots > 0 ? '.' : commas > 0 ? ',' : null;
  if (!separator) return { whole: text, fraction: '' };
  const count = dots + commas;
  const [whole = '', fraction = ''] = text.split(separator);
  // One separator followed by one or two digits is a decimal point in either language; followed by exactly
  // three ("1.250", "1,250") it groups thousands, since nobody writes an amount of money to a tenth of a cent.
  if (count === 1 && fraction.length > 0 && fraction.length <= 2) return { whole, fraction };
  if (!isGroupedBy(text, separator)) return null;
  return { whole: text.split(separator).join(''), fraction: '' };
}

function isGroupedBy(text: string, separator: string): boolean {
  const groups = text.split(separator);
  const [first, ...rest] = groups;
  return first !== undefined && /^\d{1,3}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group));
}

/** An amount in euro typed by a person → integer cents; empty → null; anything else is invalid. */
export function parseEuroToCents(input: string): ParsedAmount {
  const text = input
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/€|eur(o)?$/i, '')
    .trim();
  if (text === '') return { isValid: true, cents: null };
  if (!/^[\d.,]+$/.test(text) || !/^\d/.test(text) || !/\d$/.test(text)) return { isValid: false };

  const parts = splitWholeAndFraction(text);
  if (!parts || !/^\d+$/.test(parts.whole) || !/^\d{0,2}$/.test(parts.fraction)) return { isValid: false };

  const cents = Number(parts.whole) * 100 + Number(parts.fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return { isValid: false };
  return { isValid: true, cents };
}

export type ParsedRate = { isValid: true; rate: number | null } | { isValid: false };

/** A percentage typed by a person ("80", "82,5", "82.5 %") → a share between 0 and 1; empty → null. */
export function parsePercentToRate(input: string): ParsedRate {
  const text = input.replace(/[\s\u00a0\u202f%]/g, '');
  if (text === '') return { isValid: true, rate: null };
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(text)) return { isValid: false };
  const percent = Number(text.replace(',', '.'));
  if (percent < 0 || percent > 100) return { isValid: false };
  // Hundredths of a percent are the finest a co-financing rate is ever published to.
  return { isValid: true, rate: Math.round(percent * 100) / 10000 };
}
