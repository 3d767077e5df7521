import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, jsonBody, jsonContent, SlugParam } from '../../lib/schemas.ts';
import { CreateNeedSchema, NeedSchema } from '../needs/needs.schemas.ts';
import { MunicipalityOverviewSchema, MunicipalitySchema } from './municipalities.schemas.ts';

export const list = createRoute({
  method: 'get',
  path: '/api/municipalities',
  tags: ['Municipalities'],
  summary: 'The member municipalities of the network',
  ...access(anyMember),
  responses: { 200: jsonContent(z.array(MunicipalitySchema), 'Municipalities'), ...errorResponses(401) },
});

export const get = createRoute({
  method: 'get',
  path: '/api/municipalities/{slug}',
  tags: ['Municipalities'],
  summary: 'One municipality with facts every member may see',
  ...access(anyMember),
  request: { params: SlugParam },
  responses: { 200: jsonContent(MunicipalityOverviewSchema, 'The municipality'), ...errorResponses(400, 401, 404) },
});

export const listNeeds = createRoute({
  method: 'get',
  path: '/api/municipalities/{slug}/needs',
  tags: ['Needs'],
  summary: "A municipality's needs (its officers, coordinators, admins)",
  ...access(anyMember),
  request: { params: SlugParam },
  responses: { 200: jsonContent(z.array(NeedSchema), 'Needs, most urgent first'), ...errorResponses(400, 401, 403, 404) },
});

export const createNeed = createRoute({
  method: 'post',
  path: '/api/municipalities/{slug}/needs',
  tags: ['Needs'],
  summary: 'Record a need of the municipality (its officers, admins)',
  ...access(anyMember),
  request: { params: SlugParam, body: jsonBody(CreateNeedSchema) },
  responses: { 201: jsonContent(NeedSchema, 'The new need'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});
