import { z } from '@hono/zod-openapi';
import { needStatuses } from '@cni/db';

// Ten billion euro in cents: far above any call, low enough that sums stay exact in a JavaScript number.
const maxBudgetCents = 1_000_000_000_000;

const needFields = {
  title: z.string().trim().min(1).max(200).openapi({ example: 'Διαπολιτισμικοί μεσολαβητές στα Κέντρα Κοινότητας' }),
  description: z.string().trim().max(5000),
  category: z
    .string()
    .max(64)
    .regex(/^[a-z0-9-]+$/)
    .openapi({ description: 'A theme slug, e.g. labour-market', example: 'municipal-services' }),
  targetGroups: z.array(z.string().trim().min(1).max(100)).max(20),
  priority: z.number().int().min(1).max(3).openapi({ description: '1 is the most urgent' }),
  estimatedBudgetCents: z.number().int().min(0).max(maxBudgetCents).nullable().openapi({ description: 'Integer euro cents' }),
  status: z.enum(needStatuses),
};

export const NeedSchema = z
  .object({
    id: z.string(),
    municipalityId: z.string(),
    ...needFields,
    createdAt: z.string().openapi({ description: 'ISO 8601, UTC' }),
    updatedAt: z.string().openapi({ description: 'ISO 8601, UTC' }),
  })
  .openapi('Need');

export const CreateNeedSchema = z
  .object({
    ...needFields,
    description: needFields.description.default(''),
    targetGroups: needFields.targetGroups.default([]),
    priority: needFields.priority.default(2),
    estimatedBudgetCents: needFields.estimatedBudgetCents.default(null),
    status: needFields.status.default('identified'),
  })
  .openapi('CreateNeed');

export const UpdateNeedSchema = z
  .object(needFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Send at least one field to change.' })
  .openapi('UpdateNeed');
