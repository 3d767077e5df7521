import { budgetLabels, perProjectWords } from './budget-labels.data.ts';
import { findAmountsFromFolded, type FoundAmount } from './find-amounts.ts';
import { compileLabels, type FoundLabel, findLabels, labelKindBefore, type LabelReach } from './labels.ts';
import { type FoldedText, foldForMatching } from './term-matcher.ts';
import { WordScanner } from './word-scanner.ts';

export interface Money {
  /** Integer cents. */
  cents: number;
  /** ISO 4217 code; EUR when the text names none, as every source here is in euro. */
  currency: string;
}

export interface ExtractedBudget {
  budgetCents: number | null;
  maxGrantCents: number | null;
  /** Currency of the budget (else of the grant ceiling) as written, or null when none is written. */
  currency: string | null;
  /** Fraction 0..1 (80% → 0.8). */
  cofinancingRate: number | null;
}

type BudgetLabelKind = keyof typeof budgetLabels.strong;

const labels = compileLabels(budgetLabels);
const reach: LabelReach<BudgetLabelKind> = { strong: 80, weak: 15, chain: 40 };
// How far a percentage may stand after a co-financing label, or before one (`90% co-financing`).
const rateReachAfterLabel = 60;
const rateReachBeforeLabel = 15;
const perProjectPattern = new RegExp(`^ ?${perProjectWords}(?!\\p{L})`, 'u');
// Tried only where a word starts (see word-scanner.ts), which the look-behind implies.
const percentScanner = new WordScanner([
  { kind: 'percent', alternatives: ['(?<![\\p{L}\\p{N}.,])(\\d{1,3})(?:[.,](\\d{1,2}))?(?!\\p{N}) ?(?:%|τοισ εκατο|percent|per cent)'] },
]);

/**
 * The first amount of money in the text, as integer cents: `5.000.000 €`, `5.000.000,00 ευρώ`, `€5m`,
 * `€ 2.5 million`, `EUR 1,250,000.00`, `€500k`, `2,5 εκατ. ευρώ`. An amount with a currency comes first;
 * else one written like money (`1.234.567,89`); a bare integer only when it is the whole text.
 */
export function parseMoneyToCents(text: string): Money | null {
  const folded = foldForMatching(text);
  const amounts = findAmountsFromFolded(folded);
  const chosen =
    amounts.find((amount) => amount.currency !== null) ??
    amounts.find((amount) => amount.isFormatted) ??
    (amounts.length === 1 && amounts[0]?.start === 0 && amounts[0].end === folded.trim().length ? amounts[0] : undefined);
  return chosen ? { cents: chosen.cents, currency: chosen.currency ?? 'EUR' } : null;
}

/**
 * The call's budget, grant ceiling and co-financing rate from labelled amounts in Greek or English text:
 * `Συνολικός προϋπολογισμός: 5.000.000 €`, `μέγιστο ποσό 150.000 €`, `maximum grant EUR 500,000`,
 * `ποσοστό συγχρηματοδότησης 80%`. Amounts without a label are left alone.
 */
export function extractBudget(text: string): ExtractedBudget {
  return extractBudgetFromFolded(foldForMatching(text));
}

/** extractBudget of text a caller has already folded for all its extractors. */
export function extractBudgetFromFolded(folded: FoldedText): ExtractedBudget {
  const found = findLabels(folded, labels);
  // Only labelled amounts count, so the amounts are read only when a budget or grant label is there.
  const hasAmountLabel = found.some(({ kind }) => kind !== 'cofinancing');
  // A bare number that could be a year (`Προϋπολογισμός 2024: …`) is not an amount.
  const amounts = hasAmountLabel
    ? findAmountsFromFolded(folded).filter((amount) => amount.currency !== null || amount.isFormatted || (amount.cents >= 100_000 && !isYear(amount)))
    : [];

  let budget: FoundAmount | null = null;
  let maxGrant: FoundAmount | null = null;
  for (const [index, amount] of amounts.entries()) {
    const kind = labelKindBefore(found, amount.start, amounts[index - 1]?.end ?? 0, reach);
    if (kind === null || kind === 'cofinancing') continue;
    const isPerProject = perProjectPattern.test(folded.slice(amount.end));
    if (kind === 'maxGrant' || isPerProject) maxGrant ??= amount;
    else budget ??= amount;
  }
  return {
    budgetCents: budget?.cents ?? null,
    maxGrantCents: maxGrant?.cents ?? null,
    currency: budget?.currency ?? maxGrant?.currency ?? null,
    cofinancingRate: findCofinancingRate(folded, found),
  };
}

function isYear(amount: FoundAmount): boolean {
  return amount.cents >= 190_000 && amount.cents <= 210_000 && amount.cents % 100 === 0;
}

/** A percentage after a co-financing label (`ποσοστό συγχρηματοδότησης 80%`) or just before one (`90% co-financing`). */
function findCofinancingRate(folded: FoldedText, found: ReadonlyArray<FoundLabel<BudgetLabelKind>>): number | null {
  const rateLabels = found.filter((label) => label.kind === 'cofinancing');
  if (rateLabels.length === 0) return null;
  for (const { match } of percentScanner.findAll(folded)) {
    const end = match.index + match[0].length;
    const isNearLabel = rateLabels.some(
      (label) =>
        (label.end <= match.index && match.index - label.end <= rateReachAfterLabel) ||
        (label.start >= end && label.start - end <= rateReachBeforeLabel),
    );
    if (!isNearLabel) continue;
    const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
    if (hundredths > 0 && hundredths <= 10_000) return hundredths / 10_000;
  }
  return null;
}
