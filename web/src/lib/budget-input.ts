// A budget line's quantity is kept in thousandths of a unit (1,5 months → 1500), as integers, like money.

export type ParsedQuantity = { isValid: true; quantityMilli: number } | { isValid: false };

/** "12", "1,5" or "0.25" → thousandths; empty, negative, more than three decimals or grouped digits are refused. */
export function parseQuantityToMilli(input: string): ParsedQuantity {
  const text = input.replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(\d{1,9})(?:[.,](\d{1,3}))?$/.exec(text);
  if (!match) return { isValid: false };
  const quantityMilli = Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
  return quantityMilli > 0 ? { isValid: true, quantityMilli } : { isValid: false };
}

/** Thousandths back to a number as people write it: 1500 → 1.5 (formatted by the caller for the language). */
export function quantityOfMilli(quantityMilli: number): number {
  return quantityMilli / 1000;
}
