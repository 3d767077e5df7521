import { z } from 'zod';
import { decodeText } from '../fetch/decode.ts';
import type { Connector } from '../ingest/types.ts';
import { parseFeed } from './rss.parse.ts';

export const rssOptionsSchema = z.object({
  /** The feed's language when it does not say (`<language>`) or says it wrong; null: from the feed, else the text. */
  language: z.enum(['el', 'en']).nullable().default(null),
  /** Zone of the dates written in the items' text: Brussels for an EU feed, Athens for the rest. */
  dateZone: z.enum(['Europe/Athens', 'Europe/Brussels']).default('Europe/Athens'),
});
export type RssOptions = z.output<typeof rssOptionsSchema>;

const acceptFeeds = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

/** An RSS 2.0, Atom or RDF feed, fetched with a conditional GET. */
export const rssConnector: Connector<RssOptions> = {
  kind: 'rss',
  optionsSchema: rssOptionsSchema,
  async collect({ source, options, fetchDocument, validators }) {
    const document = await fetchDocument({
      url: source.url,
      headers: { accept: acceptFeeds },
      etag: validators.etag,
      lastModified: validators.lastModified,
    });
    if (document.status === 304) {
      // A 304 may repeat the validators or leave them out; the ones sent still hold.
      return {
        notModified: true,
        items: [],
        fetched: 1,
        validators: { etag: document.etag ?? validators.etag, lastModified: document.lastModified ?? validators.lastModified },
      };
    }
    const items = await parseFeed(decodeText(document), {
      origin: `rss ${source.url}`,
      contentType: document.contentType,
      language: options.language,
      dateZone: options.dateZone,
    });
    return { notModified: false, items, fetched: 1, validators: { etag: document.etag, lastModified: document.lastModified } };
  },
};
