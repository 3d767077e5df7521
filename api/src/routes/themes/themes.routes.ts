import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember, onlyRoles } from '../../auth/access.ts';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.ts';

export const ThemeSchema = z
  .object({
    slug: z.string().openapi({ example: 'labour-market' }),
    name: z.string(),
    nameEl: z.string(),
    description: z.string(),
    descriptionEl: z.string(),
  })
  .openapi('Theme');

export const list = createRoute({
  method: 'get',
  path: '/api/themes',
  tags: ['Themes'],
  summary: "The controlled list of themes (a need's category, a call's themes)",
  ...access(anyMember),
  responses: { 200: jsonContent(z.array(ThemeSchema), 'Themes'), ...errorResponses(401) },
});

export const NewThemeSchema = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens')
      .max(64)
      .openapi({ example: 'health' }),
    name: z.string().trim().min(1).max(120),
    nameEl: z.string().trim().min(1).max(120),
    description: z.string().trim().max(1000).default(''),
    descriptionEl: z.string().trim().max(1000).default(''),
  })
  .openapi('NewTheme');

export const create = createRoute({
  method: 'post',
  path: '/api/themes',
  tags: ['Themes'],
  summary: 'Extend the controlled list with a theme (coordination team)',
  ...access(onlyRoles('coordinator', 'admin')),
  request: { body: jsonBody(NewThemeSchema) },
  responses: { 201: jsonContent(ThemeSchema, 'The new theme'), ...errorResponses(400, 401, 403, 409, 413, 415) },
});
