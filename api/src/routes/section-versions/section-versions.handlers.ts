import { ForbiddenError, getSectionAccess, getSectionVersion, listSectionVersions, NotFoundError, type ProposalAccess } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { currentUser } from '../../auth/access.ts';
import { collabRegistryFor } from '../../collab/collab-registry.ts';
import { sectionPlainText } from '../../collab/plain-text.ts';
import { diffWords } from '../../collab/word-diff.ts';
import type { AppEnv } from '../../lib/app-env.ts';
import type * as routes from './section-versions.routes.ts';

/** 404 for whoever may not see the proposal or names a section of another one; 403 for a reader who writes. */
async function requireSectionAccess(c: Context<AppEnv>, { id, sectionId }: { id: string; sectionId: string }, needsEdit: boolean): Promise<ProposalAccess> {
  const access = await getSectionAccess({ db: c.get('db'), actor: currentUser(c), proposalId: id, sectionId });
  if (!access) throw new NotFoundError('Section not found.');
  if (needsEdit && access !== 'edit') throw new ForbiddenError('You may read this section but not change it.');
  return access;
}

async function requireVersion(c: Context<AppEnv>, sectionId: string, versionId: string) {
  const version = await getSectionVersion({ db: c.get('db'), sectionId, versionId });
  if (!version) throw new NotFoundError('Version not found.');
  return version;
}

export const list: RouteHandler<typeof routes.list, AppEnv> = async (c) => {
  const params = c.req.valid('param');
  await requireSectionAccess(c, params, false);
  return c.json(await listSectionVersions({ db: c.get('db'), sectionId: params.sectionId }), 200);
};

export const create: RouteHandler<typeof routes.create, AppEnv> = async (c) => {
  const params = c.req.valid('param');
  await requireSectionAccess(c, params, true);
  const user = currentUser(c);
  // Taken on the section's queue: the state includes every edit stored before, none half-applied.
  const version = await collabRegistryFor(c.get('db')).withSection(params.sectionId, (section) =>
    section.saveVersion({ name: c.req.valid('json').name, kind: 'named', createdBy: user.userId }),
  );
  return c.json({ ...version, createdBy: { id: user.userId, name: user.name } }, 201);
};

export const diff: RouteHandler<typeof routes.diff, AppEnv> = async (c) => {
  const params = c.req.valid('param');
  await requireSectionAccess(c, params, false);
  const version = await requireVersion(c, params.sectionId, params.versionId);
  const { against } = c.req.valid('query');
  const after =
    against === 'current'
      ? await collabRegistryFor(c.get('db')).withSection(params.sectionId, (section) => sectionPlainText(section.doc))
      : (await requireVersion(c, params.sectionId, against)).plainText;
  return c.json(diffWords(version.plainText, after), 200);
};

export const restore: RouteHandler<typeof routes.restore, AppEnv> = async (c) => {
  const params = c.req.valid('param');
  await requireSectionAccess(c, params, true);
  const version = await requireVersion(c, params.sectionId, params.versionId);
  const user = currentUser(c);
  const text = await collabRegistryFor(c.get('db')).withSection(params.sectionId, async (section) => {
    // The text being replaced stays in the history, so a restore can itself be undone.
    await section.saveVersion({ name: null, kind: 'automatic', createdBy: user.userId });
    await section.restore(version.state);
    return sectionPlainText(section.doc);
  });
  return c.json({ text }, 200);
};
