import { z } from '@hono/zod-openapi';
import { ProgrammeFiguresSchema } from '../dashboard/dashboard.schemas.ts';

const Count = z.number().int();
const Cents = z.number().int().openapi({ description: 'Integer euro cents' });

export const AnnualReportQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().openapi({ description: 'Calendar year in Athens; default: the current one', example: 2026 }),
});

export const AnnualReportSchema = z
  .object({
    year: Count,
    municipalities: Count.openapi({ description: 'Member municipalities' }),
    needsIdentified: Count.openapi({ description: 'Needs recorded in the year' }),
    callsCollected: Count.openapi({ description: 'Calls first seen in the year, collected or entered' }),
    officialAnnouncements: Count,
    proposalsStarted: Count,
    proposalsSubmitted: Count.openapi({ description: 'First submitted in the year' }),
    proposalsAwarded: Count.openapi({ description: 'Awarded in the year' }),
    successRate: z.number().nullable().openapi({ description: 'Awarded / decided in the year; null when nothing was decided' }),
    requestedCents: Cents.openapi({ description: 'Asked for by the proposals submitted in the year' }),
    awardedCents: Cents.openapi({ description: 'Won by the proposals awarded in the year' }),
    byProgramme: z.array(ProgrammeFiguresSchema),
    goodPractices: Count.openapi({ description: 'Good practices written up in the year' }),
    lessonsShared: Count.openapi({ description: 'Lessons shared with the network or the public in the year' }),
    topThemes: z.array(z.object({ theme: z.string(), needs: Count })).openapi({ description: 'Themes of the year’s needs, most frequent first' }),
  })
  .openapi('AnnualReport');
