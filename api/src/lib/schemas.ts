import { z } from '@hono/zod-openapi';

/** Text with the offsets of the words a search matched, for the client to mark. */
export const HighlightedSchema = z
  .object({
    text: z.string(),
    highlights: z.array(z.tuple([z.number().int(), z.number().int()])).openapi({ description: '[start, end) offsets of matching words in text' }),
  })
  .openapi('Highlighted');

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not_found' }),
      message: z.string().openapi({ example: 'Need not found.' }),
      requestId: z.string().optional(),
    }),
  })
  .openapi('Error');

const errorDescriptions = {
  400: 'Invalid input',
  401: 'Not logged in',
  403: 'Not allowed',
  404: 'Not found or not yours',
  409: 'Conflict',
  413: 'Body too large',
  415: 'Body is not JSON',
  429: 'Too many requests',
} as const;

/** Error responses for a route's OpenAPI description, all in the one error shape. */
export function errorResponses<S extends keyof typeof errorDescriptions>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: errorDescriptions[status], content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  ) as unknown as { [K in S]: { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } } };
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}

export const SlugParam = z.object({
  slug: z
    .string()
    .max(100)
    .regex(/^[a-z0-9-]+$/)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'athens' }),
});

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, example: '6f1c2a9e-3b0d-4c55-9d5e-1a2b3c4d5e6f' }),
});
