import { z } from '@hono/zod-openapi';
import { callStatuses } from '@cni/db';

export const TrackedCallSchema = z
  .object({
    callId: z.string(),
    title: z.string(),
    deadline: z.string().nullable().openapi({ description: 'ISO 8601, UTC' }),
    status: z.enum(callStatuses),
  })
  .openapi('TrackedCall');
