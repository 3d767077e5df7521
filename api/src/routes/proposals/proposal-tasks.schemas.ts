import { z } from '@hono/zod-openapi';
import { PersonRefSchema, UtcTimestamp } from './proposals.schemas.ts';

const Id = z.string().min(1).max(100);
export const TaskParam = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }), taskId: Id.openapi({ param: { name: 'taskId', in: 'path' } }) });

const taskFields = {
  title: z.string().trim().min(1).max(300),
  assigneeUserId: Id.nullable().openapi({ description: 'One of GET /api/proposals/:id/people' }),
  dueAt: UtcTimestamp.nullable(),
  done: z.boolean(),
};

export const CreateTaskSchema = z
  .object({ ...taskFields, assigneeUserId: taskFields.assigneeUserId.default(null), dueAt: taskFields.dueAt.default(null), done: taskFields.done.default(false) })
  .openapi('CreateProposalTask');

export const UpdateTaskSchema = z
  .object({ version: z.number().int().min(1), ...taskFields })
  .partial()
  .required({ version: true })
  .openapi('UpdateProposalTask');

export const TaskSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    assigneeUserId: z.string().nullable(),
    assignee: PersonRefSchema.nullable(),
    dueAt: z.string().nullable(),
    done: z.boolean(),
    position: z.number().int(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('ProposalTask');

export const PersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['officer', 'coordinator', 'liaison', 'admin']),
    municipality: z.object({ slug: z.string(), name: z.string(), nameEl: z.string() }).nullable(),
  })
  .openapi('ProposalPerson');
