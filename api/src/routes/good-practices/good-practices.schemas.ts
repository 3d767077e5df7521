import { z } from '@hono/zod-openapi';
import { programmes } from '@cni/db';
import { HighlightedSchema } from '../../lib/schemas.ts';

const Slug = z.string().max(64).regex(/^[a-z0-9-]+$/);
const Programme = z.enum(programmes);

export const GoodPracticeSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    municipality: z.object({ slug: z.string(), name: z.string(), nameEl: z.string() }),
    summary: z.string(),
    themes: z.array(z.string()),
    programme: Programme.nullable(),
    updatedAt: z.string(),
    highlights: z
      .object({ title: HighlightedSchema, summary: HighlightedSchema.openapi({ description: 'A snippet of the summary around the first match' }) })
      .optional()
      .openapi({ description: 'Present when q is given' }),
  })
  .openapi('GoodPracticeSummary');

export const GoodPracticeListSchema = z.object({ items: z.array(GoodPracticeSummarySchema), total: z.number().int() }).openapi('GoodPracticeList');

const ContactSchema = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().max(200).default(''),
  email: z.union([z.email().max(254), z.literal('')]).default(''),
  phone: z.string().trim().max(50).default(''),
});

const LinkSchema = z.object({
  label: z.string().trim().min(1).max(200),
  // Shown as a link on the practice's page: only web addresses, never javascript: or data:.
  url: z.url({ protocol: /^https?$/ }).max(2000),
});

export const GoodPracticeSchema = GoodPracticeSummarySchema.omit({ highlights: true })
  .extend({
    body: z.string().openapi({ description: 'Markdown as written' }),
    bodyHtml: z.string().openapi({ description: 'The body rendered and sanitised: safe to insert as HTML' }),
    contacts: z.array(z.object({ name: z.string(), role: z.string(), email: z.string(), phone: z.string() })),
    links: z.array(z.object({ label: z.string(), url: z.string() })),
    lessons: z.array(z.object({ id: z.string(), title: z.string() })).openapi({ description: 'Lessons recorded against it that the caller may read' }),
    version: z.number().int().openapi({ description: 'Send it back with every change; a stale one gets 409' }),
    canEdit: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('GoodPractice');

export const GoodPracticeQuerySchema = z.object({
  q: z.string().trim().max(200).optional().openapi({ description: 'Words in Greek or English; accents, case and inflection do not matter' }),
  theme: Slug.optional().openapi({ description: 'A theme slug (GET /api/themes)' }),
  programme: Programme.optional(),
  municipality: Slug.optional().openapi({ description: 'A municipality slug' }),
});

const practiceFields = {
  title: z.string().trim().min(1).max(300),
  municipality: Slug.openapi({ description: 'The slug of the municipality the practice comes from', example: 'larissa' }),
  summary: z.string().trim().min(1).max(2000),
  body: z.string().max(50_000).openapi({ description: 'Markdown; raw HTML is shown as text' }),
  themes: z.array(Slug).max(20),
  programme: Programme.nullable(),
  contacts: z.array(ContactSchema).max(10),
  links: z.array(LinkSchema).max(20),
};

export const CreateGoodPracticeSchema = z
  .object({
    ...practiceFields,
    body: practiceFields.body.default(''),
    themes: practiceFields.themes.default([]),
    programme: practiceFields.programme.default(null),
    contacts: practiceFields.contacts.default([]),
    links: practiceFields.links.default([]),
  })
  .openapi('CreateGoodPractice');

export const UpdateGoodPracticeSchema = z
  .object({ version: z.number().int().min(1), ...practiceFields })
  .partial()
  .required({ version: true })
  .openapi('UpdateGoodPractice');
