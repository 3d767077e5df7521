import type { Readable } from 'node:stream';
import { FetchError } from './types.ts';

/**
 * Collects a body while it streams and stops at `maxBytes`: leaving the loop destroys the stream, so a
 * server sending 50 MB (or a small gzip that inflates to gigabytes) costs at most `maxBytes` of memory.
 */
export async function readCappedBody(body: Readable, maxBytes: number, source: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw new FetchError('too_large', `The body from ${source} is larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}
