export interface FetchRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** For POST: a multipart body (the EU portal's search API needs one) or a plain string. */
  body?: FormData | string;
  /** Validators of the previous answer, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchedDocument {
  /** 200 with a body, or 304 when the validators still hold (then `bytes` is empty). */
  status: 200 | 304;
  /** The URL after redirects. */
  url: string;
  /** Media type of the Content-Type header, lower-cased, without parameters (`application/rss+xml`). */
  contentType: string | null;
  /** Charset named in the Content-Type header, lower-cased, or null. */
  charset: string | null;
  bytes: Uint8Array;
  etag: string | null;
  lastModified: string | null;
  headers: Record<string, string>;
}

export type FetchDocument = (request: FetchRequest) => Promise<FetchedDocument>;

export const fetchErrorCodes = [
  'blocked_address',
  'invalid_url',
  'timeout',
  'too_large',
  'too_many_redirects',
  'http_error',
  'network_error',
  'dns_error',
] as const;
export type FetchErrorCode = (typeof fetchErrorCodes)[number];

/** A fetch that failed for a reason worth showing on the Sources page. */
export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}
