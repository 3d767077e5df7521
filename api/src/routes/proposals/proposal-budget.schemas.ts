import { z } from '@hono/zod-openapi';
import { budgetCategories } from '@cni/db';

const Id = z.string().min(1).max(100);
export const BudgetLineParam = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }), lineId: Id.openapi({ param: { name: 'lineId', in: 'path' } }) });

// Limits that keep every line, and the sum of the 200 lines a budget may have, below 2^53 cents.
const lineFields = {
  category: z.enum(budgetCategories),
  description: z.string().trim().min(1).max(500),
  quantityMilli: z.number().int().min(0).max(10_000_000).openapi({ description: 'Quantity in thousandths: 1.5 person-months = 1500' }),
  unitCostCents: z.number().int().min(0).max(1_000_000_000).openapi({ description: 'Integer euro cents' }),
  funderShareCents: z.number().int().min(0).max(10_000_000_000_000).openapi({ description: 'Integer euro cents; left out: the line total minus the own contribution' }),
  ownContributionCents: z.number().int().min(0).max(10_000_000_000_000).openapi({ description: 'Integer euro cents; left out: the line total minus the funder share' }),
};

export const CreateBudgetLineSchema = z
  .object({ ...lineFields, funderShareCents: lineFields.funderShareCents.optional(), ownContributionCents: lineFields.ownContributionCents.optional() })
  .openapi('CreateBudgetLine');

export const UpdateBudgetLineSchema = z
  .object({ version: z.number().int().min(1), ...lineFields })
  .partial()
  .required({ version: true })
  .openapi('UpdateBudgetLine');

const Cents = z.number().int();
export const BudgetSchema = z
  .object({
    lines: z.array(
      z.object({
        id: z.string(),
        category: z.enum(budgetCategories),
        description: z.string(),
        quantityMilli: Cents,
        unitCostCents: Cents,
        totalCents: Cents.openapi({ description: 'round(quantityMilli × unitCostCents / 1000), half up' }),
        funderShareCents: Cents,
        ownContributionCents: Cents,
        version: z.number().int(),
      }),
    ),
    totals: z.object({
      totalCents: Cents,
      funderCents: Cents,
      ownCents: Cents,
      cofinancingRate: z.number().nullable().openapi({ description: 'Funder share of the total, 0..1, 4 decimals; null for an empty budget' }),
    }),
    maxGrantCents: Cents.nullable(),
    warnings: z.array(z.object({ code: z.enum(['above-max-grant', 'shares-do-not-add-up']), message: z.string() })),
  })
  .openapi('ProposalBudget');
