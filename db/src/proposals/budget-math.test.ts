import { describe, expect, it } from 'vitest';
import { fillShares, lineTotalCents, sumBudget } from './budget-math.ts';

describe('budget arithmetic', () => {
  it('rounds a line total half up to the cent', () => {
    expect(lineTotalCents(1500, 33_333)).toBe(50_000);
    expect(lineTotalCents(1499, 33_333)).toBe(49_966);
    expect(lineTotalCents(1, 499)).toBe(0);
    expect(lineTotalCents(1, 500)).toBe(1);
    expect(lineTotalCents(3000, 0)).toBe(0);
  });

  it('stays exact where a float product would not', () => {
    // The product 9 145 088 018 145 499 is past 2^53: as doubles it rounds up to …146.
    expect(Math.round((9_804_151 * 932_777_149) / 1000)).toBe(9_145_088_018_146);
    expect(lineTotalCents(9_804_151, 932_777_149)).toBe(9_145_088_018_145);
  });

  it('sums lines and computes the co-financing rate', () => {
    const totals = sumBudget([
      { quantityMilli: 1500, unitCostCents: 33_333, funderShareCents: 42_500, ownContributionCents: 7_500 },
      { quantityMilli: 2000, unitCostCents: 10_000, funderShareCents: 17_000, ownContributionCents: 3_000 },
    ]);
    expect(totals).toEqual({ totalCents: 70_000, funderCents: 59_500, ownCents: 10_500, cofinancingRate: 0.85 });
    expect(sumBudget([]).cofinancingRate).toBeNull();
    expect(sumBudget([{ quantityMilli: 1000, unitCostCents: 3, funderShareCents: 2, ownContributionCents: 1 }]).cofinancingRate).toBe(0.6667);
  });

  it('fills the share left out with the rest of the line total', () => {
    expect(fillShares(1000, undefined, undefined)).toEqual({ funderShareCents: 1000, ownContributionCents: 0 });
    expect(fillShares(1000, 800, undefined)).toEqual({ funderShareCents: 800, ownContributionCents: 200 });
    expect(fillShares(1000, undefined, 150)).toEqual({ funderShareCents: 850, ownContributionCents: 150 });
    expect(fillShares(1000, 900, 900)).toEqual({ funderShareCents: 900, ownContributionCents: 900 });
  });
});
