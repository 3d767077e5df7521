import { createRoute } from '@hono/zod-openapi';
import { access, anyMember, everyone } from '../../auth/access.ts';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { ChangePasswordSchema, LoginSchema, MeSchema } from './auth.schemas.ts';

export const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['Auth'],
  summary: 'Log in with email and password; sets the HttpOnly session cookie',
  ...access(everyone),
  request: { body: jsonBody(LoginSchema) },
  responses: {
    200: jsonContent(MeSchema, 'Logged in'),
    ...errorResponses(400, 401, 403, 413, 415, 429),
  },
});

export const logout = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['Auth'],
  summary: 'End this session; the cookie stops working at once',
  ...access(anyMember),
  responses: {
    204: { description: 'Logged out' },
    ...errorResponses(401, 403),
  },
});

export const me = createRoute({
  method: 'get',
  path: '/api/me',
  tags: ['Auth'],
  summary: 'The logged-in user',
  ...access(anyMember),
  responses: {
    200: jsonContent(MeSchema, 'The logged-in user'),
    ...errorResponses(401),
  },
});

export const logoutEverywhere = createRoute({
  method: 'post',
  path: '/api/auth/logout-everywhere',
  tags: ['Auth'],
  summary: 'End every session of mine, on every device, this one included',
  ...access(anyMember),
  responses: {
    204: { description: 'Logged out everywhere' },
    ...errorResponses(401, 403),
  },
});

export const changePassword = createRoute({
  method: 'post',
  path: '/api/auth/password',
  tags: ['Auth'],
  summary: 'Change my password (current one required); my other sessions end',
  ...access(anyMember),
  request: { body: jsonBody(ChangePasswordSchema) },
  responses: {
    204: { description: 'Password changed' },
    ...errorResponses(400, 401, 403, 413, 415, 429),
  },
});
