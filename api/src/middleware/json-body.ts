import { createMiddleware } from 'hono/factory';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../lib/app-env.ts';
import { TooLargeError, UnsupportedMediaTypeError } from '../lib/http-errors.ts';

export const maxJsonBodyBytes = 1024 * 1024;

function hasBody(headers: { header(name: string): string | undefined }): boolean {
  const length = headers.header('content-length');
  return headers.header('transfer-encoding') !== undefined || (length !== undefined && length !== '0');
}

/**
 * API writes carry JSON or nothing. Refusing form and text bodies closes the CSRF path that browsers open
 * for "simple" requests without a preflight.
 */
export const requireJsonBody = createMiddleware<AppEnv>(async (c, next) => {
  if (hasBody(c.req)) {
    const mediaType = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/json') throw new UnsupportedMediaTypeError();
  }
  await next();
});

export const limitJsonBody = bodyLimit({
  maxSize: maxJsonBodyBytes,
  onError: () => {
    throw new TooLargeError(maxJsonBodyBytes);
  },
});
