import { z } from '@hono/zod-openapi';
import { notificationKinds } from '@cni/db';

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(notificationKinds),
    title: z.string(),
    link: z.string().openapi({ description: 'A path inside the workspace', example: '/calls/6f1c2a9e-3b0d-4c55-9d5e-1a2b3c4d5e6f' }),
    createdAt: z.string().openapi({ description: 'ISO 8601, UTC' }),
    readAt: z.string().nullable(),
  })
  .openapi('Notification');

export const NotificationQuerySchema = z.object({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .openapi({ description: 'true: only unread notifications' }),
});
