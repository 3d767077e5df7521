import { z } from '@hono/zod-openapi';
import { runStatuses, sourceKinds } from '@cni/db';

export const RunSchema = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    status: z.enum(runStatuses),
    fetched: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    durationMs: z.number().int().nullable(),
  })
  .openapi('SourceRun');

export const SourceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(sourceKinds),
    url: z.string(),
    schedule: z.string().openapi({ description: 'cron expression, Europe/Athens', example: '0 */6 * * *' }),
    enabled: z.boolean(),
    options: z.record(z.string(), z.unknown()),
    callCount: z.number().int(),
    lastRun: RunSchema.nullable(),
    lastSuccessAt: z.string().nullable(),
    lastError: z.object({ code: z.string(), message: z.string(), at: z.string() }).nullable(),
  })
  .openapi('Source');

const sourceFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(sourceKinds),
  url: z.string().trim().max(2000),
  schedule: z.string().trim().max(100),
  enabled: z.boolean(),
  options: z.record(z.string(), z.unknown()),
};

export const CreateSourceSchema = z
  .object({
    ...sourceFields,
    schedule: sourceFields.schedule.default('0 */6 * * *'),
    enabled: sourceFields.enabled.default(true),
    options: sourceFields.options.default({}),
  })
  .openapi('CreateSource');

export const UpdateSourceSchema = z
  .object(sourceFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Send at least one field to change.' })
  .openapi('UpdateSource');
