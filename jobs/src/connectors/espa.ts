import { z } from 'zod';
import { decodeText } from '../fetch/decode.ts';
import { FetchError, type FetchDocument, type FetchedDocument } from '../fetch/types.ts';
import type { Connector, RawCall } from '../ingest/types.ts';
import { SourceError } from '../ingest/source-error.ts';
import { parseEspaDetail, parseEspaListing, toRawCall, type EspaCard } from './espa.parse.ts';

export const espaOptionsSchema = z.object({
  // 10 calls a page, newest first: three pages cover what is open or coming.
  maxPages: z.number().int().min(1).max(20).default(3),
  /** Fetch each call's page for its description and budget (one request per call). */
  fetchDetails: z.boolean().default(true),
});
export type EspaOptions = z.output<typeof espaOptionsSchema>;

/** The espa.gr calls listing (ESF+ and the other programmes of the Partnership Agreement 2021-2027). */
export const espaConnector: Connector<EspaOptions> = {
  kind: 'espa',
  optionsSchema: espaOptionsSchema,
  async collect({ source, options, fetchDocument }) {
    const cards = new Map<string, EspaCard>();
    let fetched = 0;
    for (let page = 1; page <= options.maxPages; page += 1) {
      const pageUrl = listingPageUrl(source.url, page);
      const origin = `espa ${source.url} (page ${page})`;
      const document = await fetchHtml(fetchDocument, pageUrl, origin);
      fetched += 1;
      // Links resolve against the address asked for, not the one answered from, so the calls keep the
      // site's own URLs when a snapshot server answers for it.
      const pageCards = parseEspaListing(decodeText(document), pageUrl, origin).filter((card) => !cards.has(card.item));
      // A page past the end shows no cards, or page 1 again: either way nothing new.
      if (pageCards.length === 0) break;
      for (const card of pageCards) cards.set(card.item, card);
    }

    const items: RawCall[] = [];
    for (const card of cards.values()) {
      if (!options.fetchDetails) {
        items.push(toRawCall(card, null));
        continue;
      }
      const origin = `espa ${card.url}`;
      const document = await fetchHtml(fetchDocument, card.url, origin);
      fetched += 1;
      items.push(toRawCall(card, parseEspaDetail(decodeText(document), origin)));
    }
    return { notModified: false, items, fetched, validators: { etag: null, lastModified: null } };
  },
};

function listingPageUrl(listingUrl: string, page: number): string {
  if (page === 1) return listingUrl;
  const url = new URL(listingUrl);
  url.searchParams.set('page', String(page));
  return url.href;
}

/** espa.gr sits behind bot protection, which refuses with 403 or 429 as often as it serves a challenge page. */
async function fetchHtml(fetchDocument: FetchDocument, url: string, origin: string): Promise<FetchedDocument> {
  try {
    return await fetchDocument({ url, headers: { accept: 'text/html' } });
  } catch (error) {
    if (error instanceof FetchError && (error.status === 403 || error.status === 429)) {
      throw new SourceError('blocked_by_source', `${origin}: espa.gr refused the request with HTTP ${error.status} (bot protection)`);
    }
    throw error;
  }
}
