import { createNeed as createNeedVerb, getMunicipalityBySlug, listMunicipalities, listNeeds as listNeedsVerb, NotFoundError } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './municipalities.routes.ts';

export const list: RouteHandler<typeof routes.list, AppEnv> = async (c) =>
  c.json(await listMunicipalities({ db: c.get('db') }), 200);

export const get: RouteHandler<typeof routes.get, AppEnv> = async (c) => {
  const municipality = await getMunicipalityBySlug({ db: c.get('db'), slug: c.req.valid('param').slug });
  if (!municipality) throw new NotFoundError('Municipality not found.');
  return c.json(municipality, 200);
};

export const listNeeds: RouteHandler<typeof routes.listNeeds, AppEnv> = async (c) =>
  c.json(await listNeedsVerb({ ctx: verbCtx(c), municipalitySlug: c.req.valid('param').slug }), 200);

export const createNeed: RouteHandler<typeof routes.createNeed, AppEnv> = async (c) => {
  const need = await createNeedVerb({
    ctx: verbCtx(c),
    municipalitySlug: c.req.valid('param').slug,
    input: c.req.valid('json'),
  });
  c.get('rematch').needsChanged([need.id]);
  return c.json(need, 201);
};
