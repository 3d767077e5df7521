import { z } from '@hono/zod-openapi';
import { callStatuses, eligibleApplicantKinds, programmes } from '@cni/db';

// Stored in UTC like every other instant, so a saved search compares with the calls' deadlines as text.
const isoInstant = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString())
  .openapi({ example: '2027-04-30T12:00:00.000Z' });

/** The filters of GET /api/calls that a search keeps; any other key (sort, page, …) is refused. */
export const SavedSearchQuerySchema = z
  .strictObject({
    q: z.string().trim().min(1).max(200).optional(),
    status: z.enum(callStatuses).optional(),
    programme: z.enum(programmes).optional(),
    theme: z.string().max(64).regex(/^[a-z0-9-]+$/).optional().openapi({ description: 'A theme slug (GET /api/themes)' }),
    applicant: z.enum(eligibleApplicantKinds).optional(),
    funder: z.string().trim().min(1).max(200).optional(),
    minBudget: z.number().int().min(0).max(1_000_000_000_000).optional().openapi({ description: 'Integer euro cents' }),
    deadlineFrom: isoInstant.optional(),
    deadlineTo: isoInstant.optional(),
  })
  .openapi('SavedSearchQuery');

export const CreateSavedSearchSchema = z
  .object({
    name: z.string().trim().min(1).max(120).openapi({ example: 'Ένταξη στην αγορά εργασίας, ανοιχτές' }),
    query: SavedSearchQuerySchema,
    notify: z.boolean().default(true).openapi({ description: 'Notify me of calls that newly meet this search' }),
  })
  .openapi('CreateSavedSearch');

export const SavedSearchSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    query: z.record(z.string(), z.union([z.string(), z.number()])).openapi({ description: 'The filters, as saved (SavedSearchQuery)' }),
    notify: z.boolean(),
    createdAt: z.string().openapi({ description: 'ISO 8601, UTC' }),
  })
  .openapi('SavedSearch');
