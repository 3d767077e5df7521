import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { CreateSectionVersionSchema, DiffPartSchema, DiffQuery, RestoredSchema, SectionParams, SectionVersionSchema, VersionParams } from './section-versions.schemas.ts';

const base = '/api/proposals/{id}/sections/{sectionId}/versions';

export const list = createRoute({
  method: 'get',
  path: base,
  tags: ['Proposals'],
  summary: 'A section’s named and automatic versions, newest first',
  ...access(anyMember),
  request: { params: SectionParams },
  responses: { 200: jsonContent(z.array(SectionVersionSchema), 'The versions'), ...errorResponses(401, 404) },
});

export const create = createRoute({
  method: 'post',
  path: base,
  tags: ['Proposals'],
  summary: 'Keep the section as it is now under a name',
  ...access(anyMember),
  request: { params: SectionParams, body: jsonBody(CreateSectionVersionSchema) },
  responses: { 201: jsonContent(SectionVersionSchema, 'The new version'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});

export const diff = createRoute({
  method: 'get',
  path: `${base}/{versionId}/diff`,
  tags: ['Proposals'],
  summary: 'Word-level differences from this version to the current text or another version',
  ...access(anyMember),
  request: { params: VersionParams, query: DiffQuery },
  responses: { 200: jsonContent(z.array(DiffPartSchema), 'The differences in text order'), ...errorResponses(400, 401, 404) },
});

export const restore = createRoute({
  method: 'post',
  path: `${base}/{versionId}/restore`,
  tags: ['Proposals'],
  summary: 'Bring back this version’s content as a new change that every open editor receives',
  ...access(anyMember),
  request: { params: VersionParams },
  responses: { 200: jsonContent(RestoredSchema, 'The section’s text after the restore'), ...errorResponses(401, 403, 404) },
});
