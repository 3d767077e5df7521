import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, jsonContent } from '../../lib/schemas.ts';

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
