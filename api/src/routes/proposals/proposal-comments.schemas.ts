import { z } from '@hono/zod-openapi';
import { PersonRefSchema } from './proposals.schemas.ts';

const Id = z.string().min(1).max(100);
export const CommentParam = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }), commentId: Id.openapi({ param: { name: 'commentId', in: 'path' } }) });

export const CreateCommentSchema = z
  .object({
    sectionId: Id.nullable().default(null),
    parentId: Id.nullable().default(null).openapi({ description: 'The first comment of the thread to reply to' }),
    body: z.string().trim().min(1).max(10_000).openapi({ description: 'Plain text; `@e-mail` or `@Full Name` of a person of /people notifies them' }),
  })
  .openapi('CreateProposalComment');

const CommentFields = { id: z.string(), sectionId: z.string().nullable(), body: z.string(), author: PersonRefSchema.nullable(), createdAt: z.string() };
export const CommentThreadSchema = z
  .object({ ...CommentFields, resolvedAt: z.string().nullable(), resolvedBy: PersonRefSchema.nullable(), replies: z.array(z.object(CommentFields)) })
  .openapi('ProposalCommentThread');
