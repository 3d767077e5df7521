import { z } from '@hono/zod-openapi';
import { lessonPhases, programmes, sharingLevels } from '@cni/db';
import { HighlightedSchema } from '../../lib/schemas.ts';

const Id = z.string().min(1).max(100);
const Slug = z.string().max(100).regex(/^[a-z0-9-]+$/);
const Programme = z.enum(programmes);
const Phase = z.enum(lessonPhases);
const Sharing = z.enum(sharingLevels).openapi({ description: 'municipality: its officers and the coordination team; network: every member; public: anyone' });

export const LessonParam = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) });

export const LessonSchema = z
  .object({
    id: z.string(),
    proposalId: z.string().nullable(),
    proposalTitle: z.string().nullable(),
    municipality: z.object({ slug: z.string(), name: z.string(), nameEl: z.string() }).nullable().openapi({ description: 'null: a lesson of the whole network' }),
    author: z.object({ name: z.string() }).nullable(),
    title: z.string(),
    whatHappened: z.string(),
    nextTime: z.string(),
    programme: Programme,
    funder: z.string().nullable(),
    themes: z.array(z.string()),
    phase: Phase,
    sharing: Sharing,
    goodPractice: z.object({ id: z.string(), title: z.string() }).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int().openapi({ description: 'Send it back with every change; a stale one gets 409' }),
    canEdit: z.boolean(),
  })
  .openapi('Lesson');

export const LessonListSchema = z
  .object({
    items: z.array(
      LessonSchema.extend({
        highlights: z
          .object({ title: HighlightedSchema, whatHappened: HighlightedSchema, nextTime: HighlightedSchema })
          .openapi({ description: 'The title whole, the two texts as snippets around the first match; words of q marked' }),
      }),
    ),
    total: z.number().int(),
  })
  .openapi('LessonList');

export const RelatedLessonSchema = LessonSchema.extend({
  relevance: z.number().min(0).max(1),
  details: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('programme'), programme: Programme }),
        z.object({ kind: z.literal('funder') }),
        z.object({ kind: z.literal('theme'), theme: z.string().openapi({ description: 'A theme slug' }) }),
        z.object({ kind: z.literal('words'), words: z.array(z.string()) }),
      ]),
    )
    .openapi({ description: 'Why the lesson was chosen, as data, for clients to put in their own language' }),
  reasons: z.array(z.string()).openapi({ example: ['Same programme: ESF+', 'Shared theme: municipal structures and services'] }),
}).openapi('RelatedLesson');

export const LessonQuerySchema = z.object({
  q: z.string().trim().max(200).optional().openapi({ description: 'Words in Greek or English; accents, case and inflection do not matter' }),
  programme: Programme.optional(),
  theme: Slug.optional().openapi({ description: 'A theme slug (GET /api/themes)' }),
  phase: Phase.optional(),
  municipality: Slug.optional().openapi({ description: 'A municipality slug' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

// The same limits as the web form checks before sending.
const lessonFields = {
  proposalId: Id.nullable(),
  title: z.string().trim().min(1).max(200),
  whatHappened: z.string().trim().min(1).max(5000),
  nextTime: z.string().trim().min(1).max(5000),
  programme: Programme,
  funder: z.string().trim().max(200).nullable().transform((funder) => funder || null),
  themes: z.array(Slug).max(20),
  phase: Phase,
  sharing: Sharing,
  goodPracticeId: Id.nullable(),
};

export const CreateLessonSchema = z
  .object({ ...lessonFields, proposalId: lessonFields.proposalId.default(null), goodPracticeId: lessonFields.goodPracticeId.optional() })
  .openapi('CreateLesson');

export const UpdateLessonSchema = z
  .object(lessonFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .openapi('UpdateLesson');
