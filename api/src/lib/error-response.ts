import { ConflictError, DomainError, ForbiddenError, isDatabaseBusy, NotFoundError, ValidationError } from '@cni/db';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.ts';
import {
  BadRequestError,
  InvalidCredentialsError,
  RateLimitedError,
  TooLargeError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
} from './http-errors.ts';

const statusByError: Array<[new (...args: never[]) => DomainError, ContentfulStatusCode]> = [
  [ValidationError, 400],
  [BadRequestError, 400],
  [UnauthorizedError, 401],
  [InvalidCredentialsError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
  [TooLargeError, 413],
  [UnsupportedMediaTypeError, 415],
  [RateLimitedError, 429],
];

const codeByStatus: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export function errorBody(c: Context<AppEnv>, code: string, message: string, extra: Record<string, unknown> = {}) {
  return { error: { code, message, requestId: c.get('requestId'), ...extra } };
}

/** The one place where an error becomes an HTTP answer: `{ error: { code, message, requestId } }`. */
export function respondToError(error: unknown, c: Context<AppEnv>) {
  if (error instanceof DomainError) {
    const status = statusByError.find(([type]) => error instanceof type)?.[1] ?? 500;
    if (error instanceof RateLimitedError) c.header('Retry-After', String(error.retryAfterSeconds));
    return c.json(errorBody(c, error.code, error.message), status);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return c.json(errorBody(c, codeByStatus[status] ?? 'http_error', error.message || 'Request failed.'), status);
  }
  if (isDatabaseBusy(error)) {
    // Another process held the write lock past the busy timeout (twice for batches): nothing was written.
    console.warn(`[${c.get('requestId')}] ${c.req.method} ${c.req.path}: database busy`);
    c.header('Retry-After', '2');
    return c.json(errorBody(c, 'database_busy', 'Many changes are being saved right now and yours could not be. Nothing was saved; please try again in a few seconds.'), 503);
  }
  console.error(`[${c.get('requestId')}] ${c.req.method} ${c.req.path}`, error);
  return c.json(errorBody(c, 'internal_error', 'Something went wrong on our side. Please try again.'), 500);
}
