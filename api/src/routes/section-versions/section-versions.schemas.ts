import { z } from '@hono/zod-openapi';

const pathId = (name: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name, in: 'path' } });

export const SectionParams = z.object({ id: pathId('id'), sectionId: pathId('sectionId') });
export const VersionParams = SectionParams.extend({ versionId: pathId('versionId') });

export const SectionVersionSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    kind: z.enum(['named', 'automatic']),
    createdAt: z.string(),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .openapi('SectionVersion');

export const CreateSectionVersionSchema = z.object({ name: z.string().trim().min(1).max(200) }).openapi('CreateSectionVersion');

export const DiffQuery = z.object({
  against: z
    .string()
    .min(1)
    .max(100)
    .default('current')
    .openapi({ description: '`current` (the live text) or another version id', example: 'current' }),
});

export const DiffPartSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() }).openapi('DiffPart');

export const RestoredSchema = z.object({ text: z.string() }).openapi('RestoredSection');
