import type { ApiErrorEnvelope, ValidationIssue } from './api-types.ts';

/** A non-2xx answer (or no answer at all: status 0) from the API. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    /** What a 400 refused, field by field; empty otherwise. */
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message);
  }
}

export function isApiError(error: unknown, ...statuses: number[]): error is ApiError {
  return error instanceof ApiError && (statuses.length === 0 || statuses.includes(error.status));
}

type UnauthorizedListener = () => void;
let unauthorizedListener: UnauthorizedListener | null = null;

/**
 * Called when a request made with a session answers 401, i.e. the session expired or was revoked
 * in the meantime. The session context listens so that the user is sent back to the login page.
 */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListener = listener;
  return () => {
    if (unauthorizedListener === listener) unauthorizedListener = null;
  };
}

function isErrorEnvelope(body: unknown): body is ApiErrorEnvelope {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

function readIssues(issues: unknown): ValidationIssue[] {
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return [];
    const { path, message } = issue as { path?: unknown; message?: unknown };
    // Paths come as ["budgetCents"]; a dotted string is read the same way.
    const parts = Array.isArray(path) ? path.map(String) : typeof path === 'string' && path ? path.split('.') : [];
    return [{ path: parts, message: typeof message === 'string' ? message : '' }];
  });
}

async function readErrorBody(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: a proxy or a crash answered instead of the API.
  }
  if (isErrorEnvelope(body)) {
    const { code, message, requestId, issues } = body.error;
    return new ApiError(response.status, code, message, requestId, readIssues(issues));
  }
  return new ApiError(response.status, `http_${response.status}`, response.statusText || 'Request failed');
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function send<T>(method: Method, path: string, body: BodyInit | null, headers: Record<string, string>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body });
  } catch (error) {
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : 'Network error');
  }
  if (!response.ok) {
    const error = await readErrorBody(response);
    if (error.status === 401 && !path.startsWith('/api/auth/')) unauthorizedListener?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function requestJson<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return send<T>(method, path, body === undefined ? null : JSON.stringify(body), headers);
}

/**
 * A file PUT as the request's whole body (an evaluation report's PDF), typed by `contentType`, its name in
 * X-File-Name percent-encoded: a header carries Latin-1 only, and file names here are often Greek.
 */
export async function uploadFile<T>(path: string, file: Blob, options: { contentType: string; fileName: string }): Promise<T> {
  return send<T>('PUT', path, file, {
    Accept: 'application/json',
    'Content-Type': options.contentType,
    'X-File-Name': encodeURIComponent(options.fileName),
  });
}

export const api = {
  get: <T>(path: string) => requestJson<T>('GET', path),
  post: <T>(path: string, body?: unknown) => requestJson<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => requestJson<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => requestJson<T>('PATCH', path, body),
  delete: <T>(path: string) => requestJson<T>('DELETE', path),
};

/** Encodes one path segment (a slug or an id) for use in an API path. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}
