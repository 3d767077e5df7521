import { z } from '@hono/zod-openapi';

/** A municipality as figures and announcements name it: no id, the slug is what links and filters use. */
export const MunicipalityLabelSchema = z.object({ slug: z.string(), name: z.string(), nameEl: z.string() }).openapi('MunicipalityLabel');
