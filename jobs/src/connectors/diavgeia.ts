import { z } from 'zod';
import { decodeText } from '../fetch/decode.ts';
import type { Connector, RawCall } from '../ingest/types.ts';
import { assertFilterApplied, parseDecisionsPage, toRawCall } from './diavgeia.parse.ts';
import { buildDiavgeiaQuery } from './diavgeia.query.ts';
import { uniqueByKey } from './raw-call.ts';

export const diavgeiaOptionsSchema = z.object({
  /** Diavgeia organisation UIDs; 100056663 is the Ministry of Migration and Asylum. */
  organizationUids: z.array(z.string().regex(/^\d+$/, 'a numeric organisation UID')).min(1).default(['100056663']),
  /** Words that must all appear in the decision's subject. */
  terms: z.array(z.string().trim().min(1)).default(['πρόσκληση']),
  // Diavgeia cuts longer windows to 180 days without saying so.
  daysBack: z.number().int().min(1).max(180).default(180),
  pageSize: z.number().int().min(1).max(500).default(100),
  maxPages: z.number().int().min(1).max(50).default(10),
});
export type DiavgeiaOptions = z.output<typeof diavgeiaOptionsSchema>;

/** Decisions published on Diavgeia by the chosen organisations: calls, their amendments and revocations. */
export const diavgeiaConnector: Connector<DiavgeiaOptions> = {
  kind: 'diavgeia',
  optionsSchema: diavgeiaOptionsSchema,
  async collect({ source, options, fetchDocument, now }) {
    const query = buildDiavgeiaQuery(options, now);
    const calls: RawCall[] = [];
    let fetched = 0;
    // Pages are numbered from 0.
    for (let page = 0; page < options.maxPages; page += 1) {
      const url = new URL(source.url);
      url.searchParams.set('q', query);
      url.searchParams.set('page', String(page));
      url.searchParams.set('size', String(options.pageSize));
      const document = await fetchDocument({ url: url.href, headers: { accept: 'application/json' } });
      fetched += 1;
      const origin = `diavgeia ${source.url} (page ${page})`;
      const answer = parseDecisionsPage(decodeText(document), origin);
      assertFilterApplied(answer, query, options.organizationUids, origin);
      calls.push(...answer.decisions.map(toRawCall));
      if (answer.decisions.length === 0 || (page + 1) * options.pageSize >= answer.info.total) break;
    }
    return { notModified: false, items: uniqueByKey(calls), fetched, validators: { etag: null, lastModified: null } };
  },
};
