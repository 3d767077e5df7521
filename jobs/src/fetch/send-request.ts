import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

export interface OutgoingRequest {
  url: URL;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body: Uint8Array | null;
  lookup: LookupFunction;
  signal: AbortSignal;
}

/** Sends one request, without following redirects, and resolves with the response head. */
export function sendRequest(request: OutgoingRequest): Promise<IncomingMessage> {
  const { url, signal } = request;
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const outgoing = transport.request({
      protocol: url.protocol,
      hostname: hostOf(url),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: request.method,
      headers: request.headers,
      lookup: request.lookup,
      // A fresh connection per request: a pooled keep-alive socket would skip the lookup hook, and with it
      // the address check, for the next request to the same host and port.
      agent: false,
    });
    // Destroying the request destroys its socket, which also ends a response body still streaming.
    const abort = () => outgoing.destroy(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    outgoing.on('close', () => signal.removeEventListener('abort', abort));
    outgoing.on('response', resolve);
    outgoing.on('error', reject);
    outgoing.end(request.body ?? undefined);
  });
}

/** The host as node:http wants it: `[::1]` in a URL is `::1` on the socket. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}
