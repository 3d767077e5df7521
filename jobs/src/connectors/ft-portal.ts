import { z } from 'zod';
import { decodeText } from '../fetch/decode.ts';
import type { Connector, RawCall } from '../ingest/types.ts';
import { buildSearchForm, buildSearchUrl } from './ft-portal.request.ts';
import { parseSearchPage } from './ft-portal.parse.ts';

const codes = z.array(z.string().regex(/^\d+$/, 'a numeric code')).min(1);

export const ftPortalOptionsSchema = z.object({
  /** Words to search for; `***` means everything that matches the filters. */
  text: z.string().trim().min(1).default('***'),
  /** AMIF, ESF+, CERV. */
  frameworkProgrammes: codes.default(['43251447', '43254019', '43251589']),
  /** Forthcoming and open. */
  statuses: codes.default(['31094501', '31094502']),
  /** Grant topics, external-action calls, cascade funding. */
  types: codes.default(['1', '2', '8']),
  // The API serves at most 100 rows a page.
  pageSize: z.number().int().min(1).max(100).default(100),
  maxPages: z.number().int().min(1).max(100).default(20),
});
export type FtPortalOptions = z.output<typeof ftPortalOptionsSchema>;

/** The EU Funding & Tenders Portal search API: AMIF Union Actions, directly managed ESF+, CERV. */
export const ftPortalConnector: Connector<FtPortalOptions> = {
  kind: 'ft-portal',
  optionsSchema: ftPortalOptionsSchema,
  async collect({ source, options, fetchDocument }) {
    const calls: RawCall[] = [];
    // Rows can repeat across pages even with a stable sort.
    const seenReferences = new Set<string>();
    let fetched = 0;
    for (let pageNumber = 1; pageNumber <= options.maxPages; pageNumber += 1) {
      const document = await fetchDocument({
        url: buildSearchUrl(source.url, options, pageNumber),
        method: 'POST',
        headers: { accept: 'application/json' },
        body: buildSearchForm(options),
      });
      fetched += 1;
      const page = parseSearchPage(decodeText(document), `ft-portal ${source.url} (page ${pageNumber})`);
      if (page.rowCount === 0) break;
      for (const topic of page.topics) {
        if (seenReferences.has(topic.reference)) continue;
        seenReferences.add(topic.reference);
        calls.push(topic.call);
      }
    }
    return { notModified: false, items: calls, fetched, validators: { etag: null, lastModified: null } };
  },
};
