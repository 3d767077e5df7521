import { z } from '@hono/zod-openapi';
import { eligibleApplicantKinds, matchVerdicts, programmes } from '@cni/db';
import { CallSchema } from '../calls/calls.schemas.ts';
import { NeedSchema } from '../needs/needs.schemas.ts';

const cents = z.number().int();

/** Why a call fits a need, as data the web app words in Greek or English. */
export const MatchReasonSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('theme'), theme: z.string() }),
    z.object({ kind: z.literal('eligible'), applicants: z.array(z.enum(eligibleApplicantKinds)) }),
    z.object({ kind: z.literal('eligibility-unknown') }),
    z.object({ kind: z.literal('ineligible'), applicants: z.array(z.enum(eligibleApplicantKinds)) }),
    z.object({ kind: z.literal('deadline'), days: z.number().int() }),
    z.object({ kind: z.literal('closed'), withdrawn: z.boolean().optional() }),
    z.object({ kind: z.literal('forthcoming'), opensInDays: z.number().int() }),
    z.object({
      kind: z.literal('budget'),
      maxGrantCents: cents.optional(),
      budgetCents: cents.optional(),
      estimateCents: cents,
      covers: z.boolean(),
    }),
    z.object({ kind: z.literal('words'), words: z.array(z.string()).openapi({ description: 'The need’s own words found in the call' }) }),
    z.object({ kind: z.literal('programme'), programme: z.enum(programmes) }),
    z.object({
      kind: z.literal('feedback'),
      verdict: z.enum(matchVerdicts),
      via: z.enum(['programme', 'funder']).optional().openapi({ description: 'Given on another call of the same programme or funder' }),
    }),
  ])
  .openapi('MatchReason');

const explanation = {
  score: z.number().min(0).max(1).openapi({ description: 'Open calls municipalities may apply to score 0.5-1; closed or ineligible ones 0-0.45' }),
  reasons: z.array(z.string()).openapi({ example: ['theme: education and labour-market integration', 'eligible: municipalities', 'deadline in 34 days'] }),
  details: z.array(MatchReasonSchema),
  feedback: z.enum(matchVerdicts).nullable(),
};

export const NeedMatchSchema = z.object({ call: CallSchema, ...explanation }).openapi('NeedMatch');

export const CallMatchSchema = z
  .object({
    need: NeedSchema.extend({ municipality: z.object({ slug: z.string(), name: z.string(), nameEl: z.string() }) }),
    ...explanation,
  })
  .openapi('CallMatch');

export const MatchFeedbackParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The need' }),
  callId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'callId', in: 'path' } }),
});

export const MatchFeedbackBody = z
  .object({ verdict: z.enum(matchVerdicts).nullable().openapi({ description: 'null takes the verdict back' }) })
  .openapi('MatchFeedbackInput');

export const MatchFeedbackSchema = z
  .object({ needId: z.string(), callId: z.string(), verdict: z.enum(matchVerdicts).nullable() })
  .openapi('MatchFeedback');
