import { z } from '@hono/zod-openapi';

export const MunicipalitySchema = z
  .object({
    id: z.string(),
    slug: z.string().openapi({ example: 'athens' }),
    name: z.string().openapi({ example: 'Athens' }),
    nameEl: z.string().openapi({ example: 'Αθήνα' }),
    region: z.string().openapi({ example: 'Attica' }),
    regionEl: z.string().openapi({ example: 'Αττική' }),
  })
  .openapi('Municipality');

export const MunicipalityOverviewSchema = MunicipalitySchema.extend({
  needCount: z.number().int(),
}).openapi('MunicipalityOverview');
