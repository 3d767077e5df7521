import { z } from '@hono/zod-openapi';
import { proposalStatuses } from '@cni/db';

// Ten billion euro in cents: far above any grant, low enough that sums stay exact in a JavaScript number.
export const maxCents = 1_000_000_000_000;
export const Cents = z.number().int().min(0).max(maxCents).openapi({ description: 'Integer euro cents' });
// Any offset is accepted and stored as UTC ISO text, so that timestamps compare correctly as strings.
export const UtcTimestamp = z.iso
  .datetime({ offset: true })
  .openapi({ description: 'ISO 8601; stored and returned in UTC', example: '2026-03-31T21:00:00.000Z' })
  .transform((value) => new Date(value).toISOString());
const Slug = z.string().max(100).regex(/^[a-z0-9-]+$/);
const Id = z.string().min(1).max(100);

function param(name: string) {
  return Id.openapi({ param: { name, in: 'path' } });
}
export const ProposalParam = z.object({ id: param('id') });
export const SectionParam = z.object({ id: param('id'), sectionId: param('sectionId') });
export const MilestoneParam = z.object({ id: param('id'), milestoneId: param('milestoneId') });

export const MunicipalityRefSchema = z.object({ id: z.string(), slug: z.string(), name: z.string(), nameEl: z.string() }).openapi('MunicipalityRef');
export const PersonRefSchema = z.object({ id: z.string(), name: z.string() }).openapi('PersonRef');
const Status = z.enum(proposalStatuses);

export const SectionSummarySchema = z.object({ id: z.string(), key: z.string(), title: z.string(), position: z.number().int() }).openapi('ProposalSectionSummary');
export const SectionSchema = z.object({ id: z.string(), key: z.string(), title: z.string(), text: z.string() }).openapi('ProposalSection');
export const MilestoneSchema = z.object({ id: z.string(), title: z.string(), dueAt: z.string() }).openapi('ProposalMilestone');

export const ProposalSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    callId: z.string().nullable(),
    call: z.object({ id: z.string(), title: z.string(), deadline: z.string().nullable(), maxGrantCents: z.number().int().nullable() }).nullable(),
    leadMunicipality: MunicipalityRefSchema,
    partnerMunicipalities: z.array(MunicipalityRefSchema),
    owner: PersonRefSchema.nullable(),
    status: Status,
    templateKey: z.string(),
    deadline: z.string().nullable(),
    requestedCents: z.number().int().nullable(),
    awardedCents: z.number().int().nullable(),
    sharedAsExample: z.boolean(),
    version: z.number().int().openapi({ description: 'Send it back with every change; a stale one gets 409' }),
    access: z.enum(['edit', 'review', 'read']).openapi({ description: 'What the caller may do with this proposal' }),
    needIds: z.array(z.string()),
    sections: z.array(SectionSummarySchema),
    milestones: z.array(MilestoneSchema),
    statusHistory: z.array(z.object({ from: Status.nullable(), to: Status, user: PersonRefSchema.nullable(), at: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Proposal');

export const ProposalListItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: Status,
    deadline: z.string().nullable(),
    leadMunicipality: MunicipalityRefSchema,
    partnerMunicipalities: z.array(MunicipalityRefSchema),
    callId: z.string().nullable(),
    callTitle: z.string().nullable(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('ProposalListItem');

export const ProposalQuerySchema = z.object({ municipality: Slug.optional(), status: Status.optional() });

const Title = z.string().trim().min(1).max(300);

export const CreateProposalSchema = z
  .object({
    title: Title,
    callId: Id.nullable().default(null),
    leadMunicipality: Slug,
    partnerMunicipalities: z.array(Slug).max(30).default([]),
    template: Slug.openapi({ example: 'esf-plus' }),
    needIds: z.array(Id).max(50).default([]),
  })
  .openapi('CreateProposal');

export const UpdateProposalSchema = z
  .object({
    version: z.number().int().min(1),
    title: Title.optional(),
    status: Status.optional(),
    callId: Id.nullable().optional(),
    partnerMunicipalities: z.array(Slug).max(30).optional(),
    needIds: z.array(Id).max(50).optional(),
    deadline: UtcTimestamp.nullable().optional(),
    requestedCents: Cents.nullable().optional(),
    awardedCents: Cents.nullable().optional(),
    sharedAsExample: z.boolean().optional(),
  })
  .openapi('UpdateProposal');

export const CreateSectionSchema = z.object({ title: Title }).openapi('CreateProposalSection');
export const UpdateSectionSchema = z
  .object({ title: Title.optional(), position: z.number().int().min(0).max(1000).optional() })
  .refine((patch) => patch.title !== undefined || patch.position !== undefined, { message: 'Send a title or a position.' })
  .openapi('UpdateProposalSection');
export const CreateMilestoneSchema = z.object({ title: Title, dueAt: UtcTimestamp }).openapi('CreateProposalMilestone');
