import Parser from 'rss-parser';
import { z } from 'zod';
import type { RawCall } from '../ingest/types.ts';
import { SourceError } from '../ingest/source-error.ts';
import { createRawCall, uniqueByKey } from './raw-call.ts';
import { validateDocument } from './source-document.ts';
import { parseFeedDate } from './rss.dates.ts';
import { repairXmlReferences } from './xml-entities.ts';
import { readXmlProlog } from './xml-prolog.ts';

export interface FeedContext {
  /** Names the source in error messages. */
  origin: string;
  /** Media type the server declared, lower-cased, or null. */
  contentType: string | null;
  language: RawCall['language'];
  dateZone: RawCall['dateZone'];
}

// rss-parser reads Atom's <published>/<updated> with `new Date(…).toISOString()`, which throws on one
// unreadable date and rejects the whole feed. Renamed before it sees them, they reach us as raw strings.
const rawDateTags: Record<string, string> = { published: 'raw-published', updated: 'raw-updated' };

const parser = new Parser({
  // An <rss> root without a version attribute is read as RSS 2.0 rather than refused.
  defaultRSS: 2,
  xml2js: { tagNameProcessors: [(name: string) => rawDateTags[name] ?? name] },
  // RSS 1.0 states its language with Dublin Core only.
  customFields: { feed: ['dc:language'], item: Object.values(rawDateTags) },
});

// xml2js gives an element with attributes as { _: text, $: attributes }.
const text = z
  .union([z.string(), z.looseObject({ _: z.string().optional() }).transform((element) => element._ ?? '')])
  .optional()
  .transform((value) => (value?.trim() ? value : undefined));

const itemSchema = z.object({
  title: text,
  link: text,
  guid: text,
  id: text,
  'rdf:about': text,
  pubDate: text,
  date: text,
  'raw-published': text,
  'raw-updated': text,
  summary: text,
  content: text,
  'content:encoded': text,
});
type FeedItem = z.output<typeof itemSchema>;

const feedSchema = z.object({ language: text, 'dc:language': text, items: z.array(z.unknown()) });

const feedRoots = new Set(['rss', 'feed', 'rdf:RDF']);
const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);

/** An RSS 2.0, Atom or RDF (RSS 1.0) feed, already decoded to text, as calls. */
export async function parseFeed(xml: string, context: FeedContext): Promise<RawCall[]> {
  const { origin } = context;
  assertFeedDocument(xml, context);
  let parsed: unknown;
  try {
    parsed = await parser.parseString(repairXmlReferences(xml));
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    throw new SourceError('invalid_document', `${origin}: the feed is not well-formed XML (${reason})`);
  }
  const feed = validateDocument(feedSchema, parsed, origin, 'the feed');
  const language = context.language ?? readLanguage(feed.language ?? feed['dc:language']);
  const calls = feed.items.map((entry, index) => {
    const item = validateDocument(itemSchema, entry, origin, `item ${index + 1}`);
    return toRawCall(item, { ...context, language }, index);
  });
  // Feeds repeat an item under the same guid (republished, or listed in two categories).
  return uniqueByKey(calls);
}

/**
 * Sites answer 200 with an HTML error or login page where the feed should be. The root element decides; the
 * content type names what came. A real feed labelled text/html, which misconfigured servers do, still passes.
 */
function assertFeedDocument(xml: string, { origin, contentType }: FeedContext): void {
  const { root, declaresEntities } = readXmlProlog(xml);
  if (root === null || !feedRoots.has(root)) {
    const served = contentType && htmlTypes.has(contentType) ? `an HTML page (${contentType})` : `${contentType ?? 'an untyped document'}`;
    throw new SourceError('unexpected_content', `${origin} answered ${served} whose root is <${root ?? '?'}>, not an RSS, Atom or RDF feed`);
  }
  if (declaresEntities) {
    throw new SourceError('invalid_document', `${origin}: the feed declares XML entities, which no feed needs (an entity-expansion attack?)`);
  }
}

function toRawCall(item: FeedItem, context: FeedContext, index: number): RawCall {
  const title = item.title;
  const key = item.guid ?? item.id ?? item['rdf:about'] ?? item.link ?? title;
  if (!title || !key) throw new SourceError('invalid_document', `${context.origin}: item ${index + 1} has no title`);
  const rawDate = item.pubDate ?? item.date ?? item['raw-published'] ?? item['raw-updated'];
  const publishedAt = rawDate ? parseFeedDate(rawDate) : null;
  return createRawCall({
    key,
    url: item.link && isWebLink(item.link) ? item.link : null,
    title,
    summary: item.summary ?? item.content ?? null,
    body: item['content:encoded'] ?? item.content ?? item.summary ?? null,
    language: context.language,
    publishedAt,
    // A date in a format we do not read (Greek, d/m/y) is kept for the normaliser, never guessed.
    dateText: publishedAt === null && rawDate ? rawDate : null,
    dateZone: context.dateZone,
  });
}

/** Shown as a link to people: only http(s), never `javascript:` or `data:`. */
function isWebLink(link: string): boolean {
  return /^https?:\/\//i.test(link);
}

/** `el`, `el-GR`, `en-us` … */
function readLanguage(code: string | undefined): RawCall['language'] {
  const primary = code?.toLowerCase().split(/[-_]/)[0];
  return primary === 'el' || primary === 'en' ? primary : null;
}
