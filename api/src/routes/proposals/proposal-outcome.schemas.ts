import { z } from '@hono/zod-openapi';
import { proposalStatuses } from '@cni/db';
import { Cents } from './proposals.schemas.ts';

const Score = z.number().min(0).max(10_000);

export const OutcomeSchema = z
  .object({
    proposalId: z.string(),
    status: z.enum(proposalStatuses),
    requestedCents: z.number().int().nullable(),
    awardedCents: z.number().int().nullable(),
    evaluatorScore: z.number().nullable(),
    evaluatorMaxScore: z.number().nullable(),
    feedback: z.string(),
    attachment: z.object({ name: z.string(), bytes: z.number().int() }).nullable().openapi({ description: 'The evaluation report, if one was uploaded' }),
    version: z.number().int().openapi({ description: '0 until something is recorded; send it back with every change, a stale one gets 409' }),
    updatedAt: z.string().nullable(),
  })
  .openapi('ProposalOutcome');

export const SaveOutcomeSchema = z
  .object({
    version: z.number().int().min(0),
    requestedCents: Cents.nullable(),
    awardedCents: Cents.nullable(),
    evaluatorScore: Score.nullable(),
    evaluatorMaxScore: Score.positive().nullable(),
    feedback: z.string().trim().max(10_000),
  })
  .openapi('SaveProposalOutcome');

export const AttachmentSchema = z.object({ name: z.string(), bytes: z.number().int() }).openapi('OutcomeAttachment');

export const AttachmentHeaders = z.object({
  'x-file-name': z
    .string()
    .max(1000)
    .optional()
    .openapi({ description: 'The file name, percent-encoded (encodeURIComponent) so that Greek names pass a header', example: 'aksiologisi.pdf' }),
});
