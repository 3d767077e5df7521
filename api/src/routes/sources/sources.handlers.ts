import { ConflictError, createSource, deleteSource, getSourceForRun, listRuns, listSources, updateSource, ValidationError, type SourceFields } from '@cni/db';
import { runSource, validateSourceFields, type IngestServices } from '@cni/jobs';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './sources.routes.ts';

function assertValid(fields: Partial<SourceFields>): void {
  const problem = validateSourceFields(fields);
  if (problem) throw new ValidationError(problem);
}

export const list: RouteHandler<typeof routes.list, AppEnv> = async (c) => c.json(await listSources({ db: c.get('db') }), 200);

export const create: RouteHandler<typeof routes.create, AppEnv> = async (c) => {
  const input = c.req.valid('json');
  assertValid(input);
  return c.json(await createSource({ ctx: verbCtx(c), input }), 201);
};

export const update: RouteHandler<typeof routes.update, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  const current = await getSourceForRun({ db: c.get('db'), id });
  assertValid({ ...current, ...patch });
  return c.json(await updateSource({ ctx: verbCtx(c), id, patch }), 200);
};

export const remove: RouteHandler<typeof routes.remove, AppEnv> = async (c) => {
  await deleteSource({ ctx: verbCtx(c), id: c.req.valid('param').id });
  return c.body(null, 204);
};

export function createRunHandler(ingest: IngestServices): RouteHandler<typeof routes.run, AppEnv> {
  return async (c) => {
    const { id } = c.req.valid('param');
    const source = await getSourceForRun({ db: c.get('db'), id });
    if (source.kind === 'manual') throw new ValidationError('Manual entries have nothing to fetch.');
    const result = await runSource({ ...ingest, db: c.get('db'), now: () => new Date() }, id);
    if (result.outcome === 'busy') throw new ConflictError('This source is running right now. Try again when it has finished.');
    if (result.outcome === 'skipped') throw new ValidationError(`The source was not run: ${result.reason}.`);
    return c.json(result.run, 200);
  };
}

export const runs: RouteHandler<typeof routes.runs, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  await getSourceForRun({ db: c.get('db'), id });
  return c.json(await listRuns({ db: c.get('db'), sourceId: id }), 200);
};
