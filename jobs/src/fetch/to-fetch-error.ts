import { FetchError } from './types.ts';

const dnsErrorCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA']);

/**
 * Maps whatever node:http, node:dns or node:zlib threw to the closed set of fetch errors. Once the
 * deadline has passed, any error (a reset socket, an aborted body) is reported as the timeout that caused it.
 */
export function toFetchError(error: unknown, host: string, signal: AbortSignal): FetchError {
  if (signal.aborted && signal.reason instanceof FetchError) return signal.reason;
  if (error instanceof FetchError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  if (code && dnsErrorCodes.has(code)) return new FetchError('dns_error', `Cannot resolve ${host} (${detail})`);
  return new FetchError('network_error', `Network error talking to ${host} (${detail})`);
}
