import { z } from '@hono/zod-openapi';

export const OutboxMailSchema = z
  .object({
    id: z.string(),
    userId: z.string().nullable(),
    toAddress: z.string(),
    subject: z.string(),
    bodyText: z.string().openapi({ description: 'Plain text; what the recipient gets, or would get once SMTP is configured' }),
    createdAt: z.string().openapi({ description: 'ISO 8601, UTC' }),
    sentAt: z.string().nullable().openapi({ description: 'null: not sent (no SMTP configured, or it failed: see error)' }),
    error: z.string().nullable().openapi({ description: 'The last delivery error' }),
  })
  .openapi('OutboxMail');
