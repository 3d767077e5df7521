import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { proposalTasks, users } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { listProposalPeople } from './people.ts';
import { requireProposalAccess } from './proposal-access.ts';
import { writeAtVersion } from './versioned-write.ts';

export interface TaskFields {
  title: string;
  assigneeUserId: string | null;
  dueAt: string | null;
  done: boolean;
}

const taskColumns = {
  id: proposalTasks.id,
  title: proposalTasks.title,
  assigneeUserId: proposalTasks.assigneeUserId,
  assigneeName: users.name,
  dueAt: proposalTasks.dueAt,
  done: proposalTasks.done,
  position: proposalTasks.position,
  version: proposalTasks.version,
  createdAt: proposalTasks.createdAt,
  updatedAt: proposalTasks.updatedAt,
};

async function selectTasks(ctx: Ctx, where: SQL | undefined) {
  const rows = await ctx.db.select(taskColumns).from(proposalTasks).leftJoin(users, eq(users.id, proposalTasks.assigneeUserId)).where(where).orderBy(asc(proposalTasks.position));
  return rows.map(({ assigneeName, ...task }) => ({ ...task, assignee: task.assigneeUserId ? { id: task.assigneeUserId, name: assigneeName ?? '' } : null }));
}

export async function listProposalTasks({ ctx, proposalId }: { ctx: Ctx; proposalId: string }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'read' });
  return selectTasks(ctx, eq(proposalTasks.proposalId, proposalId));
}

async function getTask(ctx: Ctx, proposalId: string, taskId: string) {
  const [task] = await selectTasks(ctx, and(eq(proposalTasks.id, taskId), eq(proposalTasks.proposalId, proposalId)));
  if (!task) throw new NotFoundError('Task not found.');
  return task;
}

/** A task goes only to someone who works on the proposal. */
async function assertAssignable(ctx: Ctx, proposalId: string, userId: string | null | undefined) {
  if (!userId) return;
  const people = await listProposalPeople({ ctx, proposalId });
  if (!people.some((person) => person.id === userId)) throw new ValidationError('The assignee does not work on this proposal.');
}

export async function createProposalTask({ ctx, proposalId, input }: { ctx: Ctx; proposalId: string; input: TaskFields }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  await assertAssignable(ctx, proposalId, input.assigneeUserId);
  const existing = await ctx.db.select({ position: proposalTasks.position }).from(proposalTasks).where(eq(proposalTasks.proposalId, proposalId));
  const id = randomUUID();
  const position = existing.reduce((max, task) => Math.max(max, task.position + 1), 0);
  await writeBatch(ctx.db, [
    ctx.db.insert(proposalTasks).values({ id, proposalId, ...input, position }),
    buildAuditEntry(ctx, { action: 'proposal.task.add', entityType: 'proposal', entityId: proposalId, details: { taskId: id, ...input } }),
  ]);
  return getTask(ctx, proposalId, id);
}

/** Changes a task read at `version`; a stale one gets 409. */
export async function updateProposalTask({
  ctx,
  proposalId,
  taskId,
  patch,
}: {
  ctx: Ctx;
  proposalId: string;
  taskId: string;
  patch: Partial<TaskFields> & { version: number };
}) {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  await getTask(ctx, proposalId, taskId);
  const { version, ...fields } = patch;
  await assertAssignable(ctx, proposalId, fields.assigneeUserId);
  await writeAtVersion(
    ctx.db,
    ctx.db
      .update(proposalTasks)
      .set({ ...fields, version: sql`${proposalTasks.version} + 1`, updatedAt: new Date().toISOString() })
      .where(and(eq(proposalTasks.id, taskId), eq(proposalTasks.version, version))),
    [buildAuditEntry(ctx, { action: 'proposal.task.update', entityType: 'proposal', entityId: proposalId, details: { taskId, ...fields } })],
    'task',
  );
  return getTask(ctx, proposalId, taskId);
}

export async function deleteProposalTask({ ctx, proposalId, taskId }: { ctx: Ctx; proposalId: string; taskId: string }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  const task = await getTask(ctx, proposalId, taskId);
  await writeBatch(ctx.db, [
    ctx.db.delete(proposalTasks).where(eq(proposalTasks.id, taskId)),
    buildAuditEntry(ctx, { action: 'proposal.task.delete', entityType: 'proposal', entityId: proposalId, details: { taskId, title: task.title } }),
  ]);
}
