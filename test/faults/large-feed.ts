import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An RSS feed of `count` distinct calls. `edition` changes every item's budget and deadline, so a run after
 * another edition has an update (and a revision) to write for each item, not only new calls.
 */
export function generateCallFeed(count: number, edition = 0): string {
  const items: string[] = [];
  for (let index = 0; index < count; index++) {
    const day = String(((index + edition) % 28) + 1).padStart(2, '0');
    items.push(`<item>
  <guid isPermaLink="false">fault-${index}</guid>
  <title>Πρόσκληση ${index}: στέγαση και ένταξη προσφύγων στον δήμο ${index}</title>
  <link>https://donor.example.org/calls/${index}</link>
  <pubDate>Mon, 02 Nov 2026 10:00:00 +0200</pubDate>
  <description><![CDATA[<p>Δράσεις ένταξης, έκδοση ${edition}.</p>
<p>Προϋπολογισμός: ${(index % 9) + 1}.${String(edition % 1000).padStart(3, '0')}.000 €. Καταληκτική ημερομηνία υποβολής: ${day}/03/2027, ώρα 15:00.</p>]]></description>
</item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Fault injection donor calls</title><link>https://donor.example.org/</link><description>Generated</description>
${items.join('\n')}
</channel></rss>`;
}

export interface FeedServer {
  /** The feed's address on 127.0.0.1. */
  url: string;
  /** How many times the feed was requested. */
  requests(): number;
  close(): Promise<void>;
}

/**
 * Serves `feedFor(n)` for the n-th request (from 0). With `stallFirst`, the first answer sends half its body
 * and then nothing more, so the collector is caught in the middle of its fetch; later ones are whole.
 */
export async function startFeedServer({ feedFor, stallFirst = false }: { feedFor: (request: number) => string; stallFirst?: boolean }): Promise<FeedServer> {
  let count = 0;
  const stalled: ServerResponse[] = [];
  const server = createServer((_request, response) => {
    const request = count++;
    const body = Buffer.from(feedFor(request));
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', 'content-length': String(body.length) });
    if (!stallFirst || request > 0) {
      response.end(body);
      return;
    }
    response.write(body.subarray(0, body.length >> 1));
    stalled.push(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of stalled) response.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
