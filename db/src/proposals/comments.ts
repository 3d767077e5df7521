import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { buildNotificationInserts } from '../notifications/create.ts';
import { proposalComments, proposalSections, proposals, users } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { findMentions } from './mentions.ts';
import { listProposalPeople } from './people.ts';
import { requireProposalAccess } from './proposal-access.ts';

type CommentRow = typeof proposalComments.$inferSelect;

async function loadComments(ctx: Ctx, proposalId: string) {
  const rows = await ctx.db.select().from(proposalComments).where(eq(proposalComments.proposalId, proposalId)).orderBy(asc(proposalComments.createdAt));
  const userIds = [...new Set(rows.flatMap((row) => [row.authorUserId, row.resolvedBy]).filter((id): id is string => id !== null))];
  const people = userIds.length === 0 ? [] : await ctx.db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds));
  const names = new Map(people.map((user) => [user.id, user]));
  const person = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const present = (row: CommentRow) => ({ id: row.id, sectionId: row.sectionId, body: row.body, author: person(row.authorUserId), createdAt: row.createdAt });
  return rows
    .filter((row) => row.parentId === null)
    .map((root) => ({
      ...present(root),
      resolvedAt: root.resolvedAt,
      resolvedBy: person(root.resolvedBy),
      replies: rows.filter((row) => row.parentId === root.id).map(present),
    }));
}

/** Comment threads, oldest first, each with its replies. */
export async function listProposalComments({ ctx, proposalId }: { ctx: Ctx; proposalId: string }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'read' });
  return loadComments(ctx, proposalId);
}

async function requireRootComment(ctx: Ctx, proposalId: string, commentId: string) {
  const [comment] = await ctx.db
    .select()
    .from(proposalComments)
    .where(and(eq(proposalComments.id, commentId), eq(proposalComments.proposalId, proposalId)))
    .limit(1);
  if (!comment) throw new NotFoundError('Comment not found.');
  if (comment.parentId !== null) throw new ValidationError('Threads are resolved and replied to at their first comment.');
  return comment;
}

/**
 * A new thread (on a section or the whole proposal) or a reply. Everyone it mentions among the proposal's people
 * is notified in the same write, once per comment.
 */
export async function addProposalComment({
  ctx,
  proposalId,
  input,
}: {
  ctx: Ctx;
  proposalId: string;
  input: { sectionId: string | null; parentId: string | null; body: string };
}) {
  await requireProposalAccess({ ctx, proposalId, needed: 'review' });
  let sectionId = input.sectionId;
  if (input.parentId) {
    sectionId = (await requireRootComment(ctx, proposalId, input.parentId)).sectionId;
  } else if (sectionId) {
    const [section] = await ctx.db
      .select({ id: proposalSections.id })
      .from(proposalSections)
      .where(and(eq(proposalSections.id, sectionId), eq(proposalSections.proposalId, proposalId)));
    if (!section) throw new ValidationError('That section is not part of this proposal.');
  }
  const id = randomUUID();
  const now = new Date();
  const [proposal] = await ctx.db.select({ title: proposals.title }).from(proposals).where(eq(proposals.id, proposalId));
  const [author] = await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, ctx.actor.userId));
  const mentioned = findMentions(input.body, await listProposalPeople({ ctx, proposalId })).filter((person) => person.id !== ctx.actor.userId);
  await writeBatch(ctx.db, [
    ctx.db.insert(proposalComments).values({
      id,
      proposalId,
      sectionId,
      parentId: input.parentId,
      authorUserId: ctx.actor.userId,
      body: input.body,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    }),
    ...buildNotificationInserts(
      mentioned.map((person) => ({
        userId: person.id,
        kind: 'proposal' as const,
        title: `${author?.name ?? ctx.actor.email} mentioned you on “${proposal!.title}”`,
        link: `/proposals/${proposalId}`,
        dedupeKey: `proposal-comment:${id}`,
      })),
      now,
    ),
    buildAuditEntry(ctx, {
      action: 'proposal.comment.add',
      entityType: 'proposal',
      entityId: proposalId,
      details: { commentId: id, sectionId, parentId: input.parentId, mentioned: mentioned.map((person) => person.id) },
    }),
  ]);
  const threads = await loadComments(ctx, proposalId);
  return threads.find((thread) => thread.id === (input.parentId ?? id))!;
}

/** Marks a thread resolved (`resolved: true`) or opens it again. */
export async function setProposalCommentResolved({
  ctx,
  proposalId,
  commentId,
  resolved,
}: {
  ctx: Ctx;
  proposalId: string;
  commentId: string;
  resolved: boolean;
}) {
  await requireProposalAccess({ ctx, proposalId, needed: 'review' });
  await requireRootComment(ctx, proposalId, commentId);
  const now = new Date().toISOString();
  await writeBatch(ctx.db, [
    ctx.db
      .update(proposalComments)
      .set(resolved ? { resolvedAt: now, resolvedBy: ctx.actor.userId, updatedAt: now } : { resolvedAt: null, resolvedBy: null, updatedAt: now })
      .where(eq(proposalComments.id, commentId)),
    buildAuditEntry(ctx, { action: resolved ? 'proposal.comment.resolve' : 'proposal.comment.reopen', entityType: 'proposal', entityId: proposalId, details: { commentId } }),
  ]);
  return (await loadComments(ctx, proposalId)).find((thread) => thread.id === commentId)!;
}
