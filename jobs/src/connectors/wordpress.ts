import { z } from 'zod';
import { decodeText } from '../fetch/decode.ts';
import { FetchError, type FetchDocument, type FetchedDocument } from '../fetch/types.ts';
import type { Connector, RawCall } from '../ingest/types.ts';
import { uniqueByKey } from './raw-call.ts';
import { parsePostsPage } from './wordpress.parse.ts';

export const wordpressOptionsSchema = z.object({
  /** Category ids to read; empty: every post. */
  categories: z.array(z.number().int().positive()).default([]),
  search: z.string().trim().min(1).nullable().default(null),
  // WordPress refuses per_page above 100.
  perPage: z.number().int().min(1).max(100).default(20),
  maxPages: z.number().int().min(1).max(50).default(5),
  /** The site's language, when it has only one; null lets the normaliser decide from the text. */
  language: z.enum(['el', 'en']).nullable().default(null),
});
export type WordpressOptions = z.output<typeof wordpressOptionsSchema>;

/** A WordPress site's posts through its REST API (e.g. the Ministry of Migration and Asylum). */
export const wordpressConnector: Connector<WordpressOptions> = {
  kind: 'wordpress',
  optionsSchema: wordpressOptionsSchema,
  async collect({ source, options, fetchDocument }) {
    const calls: RawCall[] = [];
    let fetched = 0;
    let totalPages = options.maxPages;
    for (let page = 1; page <= Math.min(totalPages, options.maxPages); page += 1) {
      const document = await fetchPage(fetchDocument, buildPostsUrl(source.url, options, page), page);
      if (!document) break;
      fetched += 1;
      const origin = `wordpress ${source.url} (page ${page})`;
      const posts = parsePostsPage(decodeText(document), origin, options.language);
      calls.push(...posts);
      const announced = Number(document.headers['x-wp-totalpages']);
      if (Number.isInteger(announced) && announced >= 0) totalPages = announced;
      if (posts.length === 0) break;
    }
    // Posts published while paging shift the pages: the same post can come twice.
    return { notModified: false, items: uniqueByKey(calls), fetched, validators: { etag: null, lastModified: null } };
  },
};

function buildPostsUrl(base: string, options: WordpressOptions, page: number): string {
  // Relative to the site's base, so a site installed under a path (`https://host/el/`) works too.
  const url = new URL('wp-json/wp/v2/posts', base.endsWith('/') ? base : `${base}/`);
  url.searchParams.set('per_page', String(options.perPage));
  url.searchParams.set('page', String(page));
  url.searchParams.set('_fields', 'id,date_gmt,modified_gmt,link,title,excerpt,content');
  if (options.categories.length > 0) url.searchParams.set('categories', options.categories.join(','));
  if (options.search) url.searchParams.set('search', options.search);
  return url.href;
}

/**
 * WordPress answers 400 (`rest_post_invalid_page_number`) for a page past the end, which happens when posts
 * are deleted while paging: that ends the paging. The fetcher keeps no body of an error answer, so any 400
 * after the first page is read as that; on the first page it is a real error.
 */
async function fetchPage(fetchDocument: FetchDocument, url: string, page: number): Promise<FetchedDocument | null> {
  try {
    return await fetchDocument({ url, headers: { accept: 'application/json' } });
  } catch (error) {
    if (page > 1 && error instanceof FetchError && error.status === 400) return null;
    throw error;
  }
}
