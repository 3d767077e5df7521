import { z } from '@hono/zod-openapi';
import { programmes } from '@cni/db';
import { dashboardTables } from './dashboard-tables.ts';
import { MunicipalityLabelSchema } from './municipality-label.ts';

const Count = z.number().int();
const Cents = z.number().int().openapi({ description: 'Integer euro cents' });
const Rate = z.number().nullable().openapi({ description: 'awarded / (awarded + rejected), 0..1; null while nothing is decided' });
const Slug = z.string().max(100).regex(/^[a-z0-9-]+$/);

const StatusCountsSchema = z
  .object({ idea: Count, drafting: Count, review: Count, submitted: Count, awarded: Count, rejected: Count, withdrawn: Count })
  .openapi('ProposalStatusCounts');

const outcomeFields = { submitted: Count.openapi({ description: 'Submitted, awarded or rejected' }), awarded: Count, rejected: Count, successRate: Rate };

export const ProgrammeFiguresSchema = z
  .object({ programme: z.enum(programmes), ...outcomeFields, requestedCents: Cents, awardedCents: Cents })
  .openapi('ProgrammeFigures');

export const DashboardSchema = z
  .object({
    municipality: MunicipalityLabelSchema.nullable().openapi({ description: 'null: the whole network' }),
    proposalsByStatus: StatusCountsSchema,
    requestedCents: Cents.openapi({ description: 'Asked for by submitted, awarded and rejected proposals' }),
    awardedCents: Cents,
    successRate: Rate,
    byProgramme: z.array(ProgrammeFiguresSchema),
    byMunicipality: z.array(
      z.object({ municipality: MunicipalityLabelSchema, proposalsByStatus: StatusCountsSchema, ...outcomeFields, requestedCents: Cents, awardedCents: Cents }),
    ),
    fundsOverTime: z.array(
      z.object({ period: z.string().openapi({ example: '2026-Q2', description: 'Quarter in Europe/Athens' }), requestedCents: Cents, awardedCents: Cents }),
    ),
    upcomingDeadlines: z.array(
      z.object({
        callId: z.string().nullable(),
        proposalId: z.string().nullable(),
        title: z.string(),
        deadline: z.string().openapi({ description: 'ISO 8601, UTC' }),
        municipality: MunicipalityLabelSchema.nullable(),
      }),
    ),
    needsWithoutOpenCall: z.array(z.string()),
    gaps: z.array(z.object({ needId: z.string(), title: z.string(), category: z.string(), municipality: MunicipalityLabelSchema })),
  })
  .openapi('Dashboard');

const municipalityQuery = Slug.optional().openapi({ description: 'A municipality slug; omitted: the whole network (officers: their own)' });

export const DashboardQuerySchema = z.object({ municipality: municipalityQuery });

export const DashboardCsvQuerySchema = z.object({ municipality: municipalityQuery, table: z.enum(dashboardTables) });
