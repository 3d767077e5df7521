import { z } from '@hono/zod-openapi';

const Key = z.string().min(1).max(64).regex(/^[a-z0-9-]+$/);
const Text = (max: number) => z.string().trim().max(max);

export const TemplateSectionSchema = z
  .object({ key: Key, title: Text(200).min(1), titleEl: Text(200).min(1), guidance: Text(2000).default(''), guidanceEl: Text(2000).default('') })
  .openapi('ProposalTemplateSection');

export const ProposalTemplateSchema = z
  .object({ key: z.string(), name: z.string(), nameEl: z.string(), sections: z.array(TemplateSectionSchema), updatedAt: z.string() })
  .openapi('ProposalTemplate');

export const SaveProposalTemplateSchema = z
  .object({ name: Text(200).min(1), nameEl: Text(200).min(1), sections: z.array(TemplateSectionSchema).max(40) })
  .openapi('SaveProposalTemplate');

export const TemplateKeyParam = z.object({ key: Key.openapi({ param: { name: 'key', in: 'path' }, example: 'esf-plus' }) });
