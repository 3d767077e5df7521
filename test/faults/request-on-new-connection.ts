import { request } from 'node:http';
import type { ApiResponse } from '../helpers/api-client.ts';

/**
 * One JSON API request on a connection of its own. Node's fetch reuses idle keep-alive connections and, unlike
 * a browser, does not resend a POST when the server closed such a connection just as the request went out.
 * A process whose event loop is busy with a long write makes that race common, and it would be mistaken for
 * a product error; a new connection per request waits in the listen queue instead.
 */
export function requestOnNewConnection(baseUrl: string, method: string, path: string, { cookie, body }: { cookie: string; body?: unknown }): Promise<ApiResponse> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${baseUrl}${path}`,
      { method, agent: false, headers: { cookie, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            // Not JSON: kept as text for the failure message.
          }
          resolve({ status: response.statusCode ?? 0, body: parsed, headers: new Headers(response.headers as Record<string, string>) });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}
