import type { CallStatus, Programme } from '@cni/db';
import { z } from 'zod';
import type { RawCall } from '../ingest/types.ts';
import { SourceError } from '../ingest/source-error.ts';
import { readTopicBudget } from './ft-portal.budget.ts';
import { createRawCall } from './raw-call.ts';
import { parseJson, validateDocument } from './source-document.ts';

const topicPage = 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/';

const programmesByCode: Record<string, Programme> = {
  '43254019': 'esf-plus',
  '43251447': 'amif',
  '43251589': 'cerv',
  '43252368': 'isf',
  '43251530': 'bmvi',
  '43353764': 'erasmus-plus',
  '43108390': 'horizon-europe',
};

const statusesByCode: Record<string, CallStatus> = {
  '31094501': 'forthcoming',
  '31094502': 'open',
  '31094503': 'closed',
};

// Metadata values are arrays of strings even for single values; the rows without metadata carry the same
// fields at top level, where a value may be a bare string.
const values = z.union([z.string().transform((value) => [value]), z.array(z.string())]).optional();

const topicFieldsSchema = z.object({
  identifier: values,
  title: values,
  type: values,
  status: values,
  startDate: values,
  deadlineDate: values,
  frameworkProgramme: values,
  descriptionByte: values,
  budgetOverview: values,
  DATASOURCE: values,
});
type TopicFields = z.output<typeof topicFieldsSchema>;

const resultSchema = z.looseObject({
  reference: z.string().min(1),
  language: z.string().optional(),
  metadata: z.unknown().optional(),
});

const pageSchema = z.object({ results: z.array(z.unknown()) });

export interface PortalTopic {
  /** The row's search reference, which identifies a row repeated on two pages. */
  reference: string;
  call: RawCall;
}

export interface SearchPage {
  /** Rows on the page before any were dropped: only a page without rows ends the paging. */
  rowCount: number;
  topics: PortalTopic[];
}

/** One page of the EU portal's search API, reduced to the calls it holds. */
export function parseSearchPage(text: string, origin: string): SearchPage {
  const page = validateDocument(pageSchema, parseJson(text, origin), origin, 'the search answer');
  const topics = page.results.flatMap((row, index) => {
    const result = validateDocument(resultSchema, row, origin, `result ${index}`);
    const fields = validateDocument(topicFieldsSchema, result.metadata ?? row, origin, `the fields of result ${result.reference}`);
    return isCall(result.language, fields) ? [{ reference: result.reference, call: toRawCall(result.reference, fields, origin) }] : [];
  });
  return { rowCount: page.results.length, topics };
}

/** Update notices (type 6), FAQ copies and rows in another language than English are not calls to keep. */
function isCall(language: string | undefined, fields: TopicFields): boolean {
  if (language !== undefined && language !== 'en') return false;
  if (fields.type?.includes('6')) return false;
  return !fields.DATASOURCE?.includes('SEDIA_FAQ');
}

function toRawCall(reference: string, fields: TopicFields, origin: string): RawCall {
  const identifier = first(fields.identifier);
  const title = first(fields.title);
  if (!title) throw new SourceError('invalid_document', `${origin}: result ${reference} has no title`);
  const budgetOverview = first(fields.budgetOverview);
  const budget = identifier && budgetOverview ? readTopicBudget(budgetOverview, identifier, origin) : null;
  const dates = readDates(fields);
  return createRawCall({
    key: identifier ?? reference,
    reference: identifier ?? null,
    url: identifier ? `${topicPage}${encodeURIComponent(identifier)}` : null,
    title,
    body: first(fields.descriptionByte) ?? null,
    language: 'en',
    openingDate: dates.openingDate,
    // All of them: the next future one is the deadline and the last one decides closure, which the
    // normaliser decides against the clock.
    deadlines: dates.deadlines,
    dateText: dates.unreadable.length > 0 ? dates.unreadable.join('; ') : null,
    dateZone: 'Europe/Brussels',
    budgetCents: budget?.budgetCents ?? null,
    maxGrantCents: budget?.maxGrantCents ?? null,
    currency: 'EUR',
    programme: programmesByCode[first(fields.frameworkProgramme) ?? ''] ?? null,
    funder: 'European Commission',
    statusHint: statusesByCode[first(fields.status) ?? ''] ?? null,
  });
}

function first(list: string[] | undefined): string | undefined {
  return list?.find((value) => value.trim() !== '');
}

/** Portal dates look like `2024-04-18T19:00:00.000+0200`: the offset has no colon, which not every parser reads. */
function readDates(fields: TopicFields): { openingDate: string | null; deadlines: string[]; unreadable: string[] } {
  const unreadable: string[] = [];
  const read = (value: string): string | null => {
    const iso = toIsoDate(value);
    if (!iso) unreadable.push(value);
    return iso;
  };
  const start = first(fields.startDate);
  const openingDate = start ? read(start) : null;
  const deadlines = (fields.deadlineDate ?? []).map(read).filter((value): value is string => value !== null);
  return { openingDate, deadlines: [...new Set(deadlines)], unreadable };
}

function toIsoDate(value: string): string | null {
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})$/.exec(trimmed);
  if (!match?.[1] || !match[2]) return null;
  const zone = match[2] === 'Z' ? 'Z' : `${match[2].slice(0, 3)}:${match[2].slice(-2)}`;
  const iso = `${match[1]}${zone}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}
