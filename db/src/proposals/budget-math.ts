/**
 * Budget arithmetic in integer cents. Quantities are thousandths (1.5 person-months = 1500), so a line total is
 * quantityMilli × unitCostCents / 1000, computed in BigInt (the product can pass 2^53) and rounded half up to
 * the cent: 1.5 × 333.33 € = 49 999.5 cents → 50 000 cents (500.00 €). Every total is a sum of rounded lines,
 * so the table adds up exactly as printed.
 */
export function lineTotalCents(quantityMilli: number, unitCostCents: number): number {
  const product = BigInt(quantityMilli) * BigInt(unitCostCents);
  return Number((product + 500n) / 1000n);
}

export interface BudgetLineAmounts {
  quantityMilli: number;
  unitCostCents: number;
  funderShareCents: number;
  ownContributionCents: number;
}

export interface BudgetTotals {
  totalCents: number;
  funderCents: number;
  ownCents: number;
  /** The funder's share of the total as a fraction (0.85 = 85 %), 4 decimals; null for an empty budget. */
  cofinancingRate: number | null;
}

export function sumBudget(lines: readonly BudgetLineAmounts[]): BudgetTotals {
  let total = 0n;
  let funder = 0n;
  let own = 0n;
  for (const line of lines) {
    total += BigInt(lineTotalCents(line.quantityMilli, line.unitCostCents));
    funder += BigInt(line.funderShareCents);
    own += BigInt(line.ownContributionCents);
  }
  // Rate in basis points of a basis point (1/10 000), rounded half up, then as a fraction.
  const cofinancingRate = total === 0n ? null : Number((funder * 20_000n + total) / (2n * total)) / 10_000;
  return { totalCents: Number(total), funderCents: Number(funder), ownCents: Number(own), cofinancingRate };
}

/**
 * Shares a new or changed line gets when the form leaves them out: all of it for the funder by default, or the
 * rest of the line total for whichever share was not given.
 */
export function fillShares(totalCents: number, funderShareCents: number | undefined, ownContributionCents: number | undefined) {
  if (funderShareCents === undefined && ownContributionCents === undefined) return { funderShareCents: totalCents, ownContributionCents: 0 };
  if (funderShareCents === undefined) return { funderShareCents: Math.max(totalCents - ownContributionCents!, 0), ownContributionCents: ownContributionCents! };
  if (ownContributionCents === undefined) return { funderShareCents, ownContributionCents: Math.max(totalCents - funderShareCents, 0) };
  return { funderShareCents, ownContributionCents };
}
