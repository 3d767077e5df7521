import { z } from '@hono/zod-openapi';
import { callStatuses, programmes, proposalStatuses } from '@cni/db';
import { CreateCallSchema } from '../calls/calls.schemas.ts';
import { MunicipalityLabelSchema } from '../dashboard/municipality-label.ts';
import { UtcTimestamp } from '../proposals/proposals.schemas.ts';

const Slug = z.string().max(100).regex(/^[a-z0-9-]+$/);

/** The call as POST /api/calls takes it, always official; dates stored in UTC and in order. */
const AnnouncedCallSchema = CreateCallSchema.omit({ official: true })
  .extend({ openingDate: UtcTimestamp.nullable().default(null), deadline: UtcTimestamp.nullable().default(null) })
  .refine((call) => !call.openingDate || !call.deadline || call.openingDate <= call.deadline, {
    message: 'The opening date is after the deadline.',
    path: ['openingDate'],
  })
  .openapi('AnnouncedCall');

export const CreateAnnouncementSchema = z
  .object({
    message: z.string().trim().min(1).max(5000),
    targetMunicipalities: z
      .array(Slug)
      .max(100)
      .default([])
      .openapi({ description: 'Municipality slugs; empty: every member municipality', example: ['athens', 'larissa'] }),
    call: AnnouncedCallSchema,
  })
  .openapi('NewAnnouncement');

export const CreatedAnnouncementSchema = z.object({ id: z.string(), callId: z.string() }).openapi('CreatedAnnouncement');

export const AnnouncementSchema = z
  .object({
    id: z.string(),
    message: z.string(),
    createdAt: z.string().openapi({ description: 'ISO 8601, UTC' }),
    author: z.object({ name: z.string() }).nullable(),
    call: z.object({
      id: z.string(),
      title: z.string(),
      programme: z.enum(programmes),
      funder: z.string().nullable(),
      deadline: z.string().nullable(),
      status: z.enum(callStatuses),
      budgetCents: z.number().int().nullable(),
    }),
    targetMunicipalities: z.array(MunicipalityLabelSchema).openapi({ description: 'Empty: for every member municipality' }),
    openedByMe: z.boolean(),
  })
  .openapi('Announcement');

export const AnnouncementQuerySchema = z.object({
  active: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .openapi({ description: 'true: only announcements whose call is open or forthcoming' }),
});

export const AnnouncementReachSchema = z
  .object({
    announcementId: z.string(),
    municipalities: z.array(
      z.object({
        municipality: MunicipalityLabelSchema,
        openedAt: z.string().nullable().openapi({ description: 'When one of its officers first opened it' }),
        openedBy: z.array(z.object({ name: z.string() })),
        proposals: z.array(z.object({ id: z.string(), title: z.string(), status: z.enum(proposalStatuses) })),
      }),
    ),
  })
  .openapi('AnnouncementReach');
