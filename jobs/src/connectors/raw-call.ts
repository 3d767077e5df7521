import type { RawCall } from '../ingest/types.ts';

/** The fields every connector must decide; the rest default to "the source does not say". */
type RequiredFields = Pick<RawCall, 'key' | 'title' | 'dateZone'>;

/** A RawCall with every field a source did not give set to null, so connectors list only what they know. */
export function createRawCall(fields: RequiredFields & Partial<RawCall>): RawCall {
  return {
    reference: null,
    url: null,
    summary: null,
    body: null,
    language: null,
    publishedAt: null,
    openingDate: null,
    deadlines: [],
    dateText: null,
    budgetCents: null,
    maxGrantCents: null,
    budgetText: null,
    currency: null,
    programme: null,
    funder: null,
    statusHint: null,
    withdrawn: false,
    eligibleApplicants: null,
    ...fields,
  };
}

/** Keeps the first item of each key: a RawCall key must be unique within its source's run. */
export function uniqueByKey(items: RawCall[]): RawCall[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.key)) return false;
    seen.add(item.key);
    return true;
  });
}
