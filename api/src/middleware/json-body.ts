import { createMiddleware } from 'hono/factory';
import { bodyLimit } from 'hono/body-limit';
import type { Context } from 'hono';
import type { AppEnv } from '../lib/app-env.ts';
import { TooLargeError, UnsupportedMediaTypeError } from '../lib/http-errors.ts';

export const maxJsonBodyBytes = 1024 * 1024;
/** An evaluation report scanned at a readable resolution fits; a whole annex bundle does not belong here. */
export const maxPdfBodyBytes = 5 * 1024 * 1024;

// The one API write whose body is not JSON: a proposal's evaluation report, sent as the raw PDF.
const pdfUploadPath = /^\/api\/proposals\/[^/]+\/outcome\/attachment$/;

function isPdfUpload(c: Context<AppEnv>): boolean {
  return c.req.method === 'PUT' && pdfUploadPath.test(c.req.path);
}

function mediaTypeOf(c: Context<AppEnv>): string | undefined {
  return c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
}

function hasBody(headers: { header(name: string): string | undefined }): boolean {
  const length = headers.header('content-length');
  return headers.header('transfer-encoding') !== undefined || (length !== undefined && length !== '0');
}

export class NotPdfError extends UnsupportedMediaTypeError {
  constructor(message = 'Send the evaluation report as a PDF file (Content-Type: application/pdf).') {
    super();
    this.message = message;
  }
}

/**
 * API writes carry JSON or nothing. Refusing form and text bodies closes the CSRF path that browsers open
 * for "simple" requests without a preflight. The PDF upload is the one exception; its own type rule is
 * `requirePdfBody`, on its route.
 */
export const requireJsonBody = createMiddleware<AppEnv>(async (c, next) => {
  if (hasBody(c.req) && !isPdfUpload(c) && mediaTypeOf(c) !== 'application/json') throw new UnsupportedMediaTypeError();
  await next();
});

/**
 * The PDF upload takes `application/pdf` only. That is no simple request either: a browser sends a PUT with
 * that type across sites only after a CORS preflight, which this API never grants, and the cross-site guard
 * still refuses a foreign Origin or Sec-Fetch-Site first. Run after the route's access rule, so that a
 * stranger learns 401 before anything about the body.
 */
export const requirePdfBody = createMiddleware<AppEnv>(async (c, next) => {
  if (mediaTypeOf(c) !== 'application/pdf') throw new NotPdfError();
  await next();
});

function limitTo(maxBytes: number) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new TooLargeError(maxBytes);
    },
  });
}

const limitJson = limitTo(maxJsonBodyBytes);
const limitPdf = limitTo(maxPdfBodyBytes);

/**
 * 1 MiB for JSON, 5 MiB for the PDF upload; also for chunked bodies that announce no length. A request with
 * neither length nor chunks has no body (HTTP/1.1), and asking Hono's limit about it would build a whole
 * Fetch Request for every GET.
 */
export const limitJsonBody = createMiddleware<AppEnv>(async (c, next) => {
  if (!hasBody(c.req)) return next();
  return isPdfUpload(c) ? limitPdf(c, next) : limitJson(c, next);
});
