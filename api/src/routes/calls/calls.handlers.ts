import { createManualCall, getCall, updateCall, ValidationError, type CallFilters } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { requestChangeCounters } from '../../lib/change-counters.ts';
import { sendJsonText } from '../../lib/json-text.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import { listCallsAsJson, type CallListCache } from './call-list-cache.ts';
import type * as routes from './calls.routes.ts';

export function list(cache: CallListCache): RouteHandler<typeof routes.list, AppEnv> {
  return async (c) => {
    const { minBudget, source, sort, deadlineFrom, deadlineTo, ...query } = c.req.valid('query');
    const filters: CallFilters = {
      ...query,
      // Stored deadlines are UTC text: an instant given with an offset is compared once it is UTC too.
      ...(deadlineFrom ? { deadlineFrom: new Date(deadlineFrom).toISOString() } : {}),
      ...(deadlineTo ? { deadlineTo: new Date(deadlineTo).toISOString() } : {}),
      sort: sort ?? (query.q ? 'relevance' : 'deadline'),
      ...(minBudget !== undefined ? { minBudgetCents: minBudget } : {}),
      ...(source ? { sourceId: source } : {}),
    };
    const counters = await requestChangeCounters(c);
    return sendJsonText(c, await listCallsAsJson({ db: c.get('db'), counters, filters, now: new Date(), cache }), 200);
  };
}

export const get: RouteHandler<typeof routes.get, AppEnv> = async (c) =>
  c.json(await getCall({ db: c.get('db'), id: c.req.valid('param').id, now: new Date() }), 200);

function assertDatesInOrder(openingDate: string | null | undefined, deadline: string | null | undefined): void {
  if (openingDate && deadline && Date.parse(openingDate) > Date.parse(deadline)) {
    throw new ValidationError('The opening date is after the deadline.');
  }
}

function toUtc(value: string | null | undefined): string | null | undefined {
  return value ? new Date(value).toISOString() : value;
}

export const create: RouteHandler<typeof routes.create, AppEnv> = async (c) => {
  const input = c.req.valid('json');
  assertDatesInOrder(input.openingDate, input.deadline);
  const call = await createManualCall({
    ctx: verbCtx(c),
    input: { ...input, openingDate: toUtc(input.openingDate) ?? null, deadline: toUtc(input.deadline) ?? null },
    now: new Date(),
  });
  c.get('rematch').callsChanged([call.id]);
  return c.json(call, 201);
};

export const update: RouteHandler<typeof routes.update, AppEnv> = async (c) => {
  const patch = c.req.valid('json');
  assertDatesInOrder(patch.openingDate, patch.deadline);
  const normalised = {
    ...patch,
    ...('openingDate' in patch ? { openingDate: toUtc(patch.openingDate) ?? null } : {}),
    ...('deadline' in patch ? { deadline: toUtc(patch.deadline) ?? null } : {}),
  };
  const call = await updateCall({ ctx: verbCtx(c), id: c.req.valid('param').id, patch: normalised, now: new Date() });
  c.get('rematch').callsChanged([call.id]);
  return c.json(call, 200);
};
