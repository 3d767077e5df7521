import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable } from 'node:stream';
import { createAddressPolicy } from './address-policy.ts';
import { parseContentType } from './content-type.ts';
import { acceptedEncodings, createDecoders } from './decompress.ts';
import { assertHostAllowed, createGuardedLookup } from './guarded-lookup.ts';
import { readCappedBody } from './read-capped-body.ts';
import { readFileDocument } from './read-file-document.ts';
import { serialiseBody, type SerialisedBody } from './request-body.ts';
import { hostOf, sendRequest } from './send-request.ts';
import { toFetchError } from './to-fetch-error.ts';
import { FetchError, type FetchDocument, type FetchedDocument, type FetchRequest } from './types.ts';

export interface FetchDocumentOptions {
  /** FETCH_ALLOWLIST: host names, addresses or CIDRs that may be fetched although they are private. */
  allowlist: string[];
  /** Deadline for the whole fetch, redirects and body included. */
  timeoutMs?: number;
  /** Cap on the decoded body. */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Folder whose files `file:` URLs may read (demo snapshots); without it `file:` is refused. */
  fileRoot?: string;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
// Credentials meant for one site must not follow a redirect to another.
const credentialHeaders = ['authorization', 'cookie', 'proxy-authorization'];

/**
 * The only way jobs reach the network: refuses private and metadata addresses after DNS resolution and
 * on every redirect, caps the body while it streams, and ends the whole fetch, socket included, at the
 * deadline.
 */
export function createFetchDocument({
  allowlist,
  timeoutMs = 15_000,
  maxBytes = 10 * 1024 * 1024,
  maxRedirects = 5,
  userAgent = 'CNI-Funding-Workspace/1.0 (+https://www.cnigreece.gr)',
  fileRoot,
}: FetchDocumentOptions): FetchDocument {
  const policy = createAddressPolicy(allowlist);
  const lookup = createGuardedLookup(policy);

  return async (request) => {
    const firstUrl = parseUrl(request.url);
    if (firstUrl.protocol === 'file:') return readFileDocument(firstUrl, fileRoot, maxBytes);
    assertHttp(firstUrl);

    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new FetchError('timeout', `No complete answer from ${firstUrl.host} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    try {
      let url = firstUrl;
      let method = request.method ?? 'GET';
      let headers = buildHeaders(request, userAgent);
      let body = method === 'POST' && request.body !== undefined ? await serialiseBody(request.body) : null;
      for (let redirects = 0; ; redirects += 1) {
        assertHostAllowed(policy, hostOf(url));
        const response = await sendRequest({
          url,
          method,
          headers: withBodyHeaders(headers, body, request),
          body: body?.bytes ?? null,
          lookup,
          signal: controller.signal,
        }).catch((error: unknown) => {
          throw toFetchError(error, url.host, controller.signal);
        });
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (!redirectStatuses.has(status) || !location) {
          return await readResponse(response, url, maxBytes).catch((error: unknown) => {
            response.destroy();
            throw toFetchError(error, url.host, controller.signal);
          });
        }
        response.destroy();
        if (redirects === maxRedirects) {
          throw new FetchError('too_many_redirects', `More than ${maxRedirects} redirects, the last from ${url.host}`);
        }
        const next = followRedirect(url, location);
        if (next.origin !== url.origin) headers = withoutCredentials(headers);
        if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
          method = 'GET';
          body = null;
        }
        url = next;
      }
    } finally {
      clearTimeout(timer);
    }
  };
}

async function readResponse(response: IncomingMessage, url: URL, maxBytes: number): Promise<FetchedDocument> {
  const status = response.statusCode ?? 0;
  const validators = {
    etag: response.headers.etag ?? null,
    lastModified: response.headers['last-modified'] ?? null,
  };
  const { mediaType, charset } = parseContentType(response.headers['content-type']);
  const document = { url: url.href, contentType: mediaType, charset, ...validators, headers: flattenHeaders(response) };
  if (status === 304) {
    response.destroy();
    return { ...document, status: 304, bytes: new Uint8Array(0) };
  }
  if (status < 200 || status > 299) {
    response.destroy();
    throw new FetchError('http_error', `HTTP ${status} from ${url.host}`, status);
  }
  // Encoded data is hardly ever longer than what it decodes to, so a declared length over the cap lets us
  // refuse before reading a byte; a missing or lying one is caught by the cap while streaming.
  const declaredLength = Number(response.headers['content-length']);
  if (declaredLength > maxBytes) {
    response.destroy();
    throw new FetchError('too_large', `${url.host} announces ${declaredLength} bytes, more than ${maxBytes}`);
  }
  // pipeline() destroys the response when a decoder fails or is abandoned at the cap, closing the socket.
  const decoded = createDecoders(response.headers['content-encoding'], url.host).reduce<Readable>(
    (stream, decoder) => pipeline(stream, decoder, () => {}),
    response,
  );
  // The 200 of the type covers every 2xx: a connector only needs "a body" versus "not modified".
  return { ...document, status: 200, bytes: await readCappedBody(decoded, maxBytes, url.host) };
}

function buildHeaders(request: FetchRequest, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = { 'user-agent': userAgent, accept: '*/*' };
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  if (request.etag) headers['if-none-match'] = request.etag;
  if (request.lastModified) headers['if-modified-since'] = request.lastModified;
  // Only encodings this fetcher can decode, so the byte cap always applies to the decoded body.
  headers['accept-encoding'] = acceptedEncodings;
  return headers;
}

function withBodyHeaders(
  headers: Record<string, string>,
  body: SerialisedBody | null,
  request: FetchRequest,
): Record<string, string> {
  if (!body) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'content-type' && name !== 'content-length'));
  }
  // A multipart body is only valid with the boundary its encoder chose; a string body may be typed by the caller.
  const contentType = typeof request.body === 'string' ? (headers['content-type'] ?? body.contentType) : body.contentType;
  return { ...headers, 'content-type': contentType, 'content-length': String(body.bytes.byteLength) };
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !credentialHeaders.includes(name)));
}

function flattenHeaders(response: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new FetchError('invalid_url', `"${text}" is not a valid URL`);
  }
}

function assertHttp(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('invalid_url', `${url.protocol} URLs cannot be fetched (${url.href})`);
  }
}

function followRedirect(from: URL, location: string): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new FetchError('invalid_url', `${from.host} redirects to an invalid URL "${location}"`);
  }
  // A remote page must never be able to make the fetcher read local files.
  if (next.protocol === 'file:') {
    throw new FetchError('blocked_address', `Refused to follow ${from.host}'s redirect to ${next.href}`);
  }
  assertHttp(next);
  return next;
}
