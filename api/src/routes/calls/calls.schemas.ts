import { z } from '@hono/zod-openapi';
import { callStatuses, eligibleApplicantKinds, programmes } from '@cni/db';
import { HighlightedSchema } from '../../lib/schemas.ts';

const isoInstant = z.iso.datetime({ offset: true }).openapi({ example: '2026-04-30T12:00:00.000Z' });

export const CallSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    url: z.string().nullable(),
    funder: z.string().nullable(),
    programme: z.enum(programmes),
    reference: z.string().nullable().openapi({ description: 'The source’s own identifier: EU topic id, ΑΔΑ, call code' }),
    status: z.enum(callStatuses),
    openingDate: z.string().nullable(),
    deadline: z.string().nullable().openapi({ description: 'ISO 8601, UTC' }),
    budgetCents: z.number().int().nullable(),
    currency: z.string(),
    maxGrantCents: z.number().int().nullable(),
    cofinancingRate: z.number().nullable().openapi({ description: '0..1' }),
    eligibleApplicants: z.array(z.enum(eligibleApplicantKinds)),
    themes: z.array(z.string()),
    language: z.enum(['el', 'en']),
    official: z.boolean(),
    firstSeenAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Call');

export const CallDetailSchema = CallSchema.extend({
  revisions: z.array(z.object({ at: z.string(), changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })) })),
  sources: z.array(
    z.object({ sourceId: z.string(), name: z.string(), kind: z.string(), url: z.string().nullable(), firstSeenAt: z.string(), lastSeenAt: z.string() }),
  ),
}).openapi('CallDetail');

const FacetCountsSchema = z.record(z.string(), z.number().int());

export const CallListSchema = z
  .object({
    items: z.array(
      CallSchema.extend({
        highlight: z
          .object({ title: HighlightedSchema, summary: HighlightedSchema.openapi({ description: 'A snippet of the summary around the first match' }) })
          .optional()
          .openapi({ description: 'Present when q is given' }),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets: z.object({ status: FacetCountsSchema, programme: FacetCountsSchema, theme: FacetCountsSchema, applicant: FacetCountsSchema }),
  })
  .openapi('CallList');

export const CallQuerySchema = z.object({
  q: z.string().trim().max(200).optional().openapi({ description: 'Words in Greek or English; accents, case and inflection do not matter' }),
  status: z.enum(callStatuses).optional(),
  programme: z.enum(programmes).optional(),
  funder: z.string().max(200).optional(),
  theme: z.string().max(64).regex(/^[a-z0-9-]+$/).optional().openapi({ description: 'A theme slug (GET /api/themes)' }),
  applicant: z.enum(eligibleApplicantKinds).optional(),
  deadlineFrom: isoInstant.optional(),
  deadlineTo: isoInstant.optional(),
  minBudget: z.coerce.number().int().min(0).optional().openapi({ description: 'Integer euro cents' }),
  source: z.string().max(100).optional(),
  sort: z.enum(['relevance', 'deadline', 'newest']).optional().openapi({ description: 'Default: relevance with q, deadline without' }),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

// Ten billion euro in cents: far above any call, low enough that sums stay exact in a JavaScript number.
const cents = z.number().int().min(0).max(1_000_000_000_000);

const manualCallFields = {
  title: z.string().trim().min(1).max(500),
  summary: z.string().trim().max(20_000),
  url: z.url({ protocol: /^https?$/ }).max(2000).nullable(),
  funder: z.string().trim().max(200).nullable(),
  programme: z.enum(programmes),
  reference: z.string().trim().max(200).nullable(),
  openingDate: isoInstant.nullable(),
  deadline: isoInstant.nullable(),
  budgetCents: cents.nullable(),
  currency: z.literal('EUR'),
  maxGrantCents: cents.nullable(),
  cofinancingRate: z.number().min(0).max(1).nullable(),
  eligibleApplicants: z.array(z.enum(eligibleApplicantKinds)).max(eligibleApplicantKinds.length),
  themes: z.array(z.string().max(64).regex(/^[a-z0-9-]+$/)).max(20),
  language: z.enum(['el', 'en']),
  official: z.boolean(),
};

export const CreateCallSchema = z
  .object({
    ...manualCallFields,
    summary: manualCallFields.summary.default(''),
    url: manualCallFields.url.default(null),
    funder: manualCallFields.funder.default(null),
    reference: manualCallFields.reference.default(null),
    openingDate: manualCallFields.openingDate.default(null),
    deadline: manualCallFields.deadline.default(null),
    budgetCents: manualCallFields.budgetCents.default(null),
    currency: manualCallFields.currency.default('EUR'),
    maxGrantCents: manualCallFields.maxGrantCents.default(null),
    cofinancingRate: manualCallFields.cofinancingRate.default(null),
    eligibleApplicants: manualCallFields.eligibleApplicants.default([]),
    themes: manualCallFields.themes.default([]),
    language: manualCallFields.language.default('el'),
    official: manualCallFields.official.default(false),
  })
  .openapi('CreateCall');

export const UpdateCallSchema = z
  .object({ ...manualCallFields, withdrawn: z.boolean() })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Send at least one field to change.' })
  .openapi('UpdateCall');
