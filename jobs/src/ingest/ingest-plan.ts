import { createHash, randomUUID } from 'node:crypto';
import type { CallFields, IngestPlan } from '@cni/db';
import { normaliseCall } from '../normalise/index.ts';
import { CallMatcher, matchKeys, type IndexedCall } from './call-matcher.ts';
import type { RawCall } from './types.ts';

export interface SourceDefaults {
  programme?: RawCall['programme'];
  funder?: string | null;
}

export interface PlanResult {
  plan: IngestPlan;
  unchanged: number;
  /** Items that could not be normalised (e.g. no title at all), with why. */
  skipped: Array<{ key: string; reason: string }>;
}

/** Status is left out: it changes with the clock, not with the document, and is computed when read. */
function toCallFields(raw: RawCall, now: Date): CallFields {
  const call = normaliseCall(raw, now);
  return {
    title: call.title,
    summary: call.summary,
    url: call.url,
    funder: call.funder,
    programme: call.programme,
    reference: call.reference,
    statusHint: raw.statusHint,
    withdrawn: raw.withdrawn,
    openingDate: call.openingDate,
    deadline: call.deadline,
    budgetCents: call.budgetCents,
    currency: call.currency,
    maxGrantCents: call.maxGrantCents,
    cofinancingRate: call.cofinancingRate,
    eligibleApplicants: call.eligibleApplicants,
    themes: call.themes,
    language: call.language,
  };
}

// Bump when normalisation changes, so every stored item is normalised again on its next run.
const normaliserVersion = 1;

/**
 * Identity of an item's content as the source delivered it, taken before normalising so an unchanged item
 * costs a hash and nothing else. A call with several cut-offs also changes when one of them passes (the next
 * one becomes its deadline), so for those the day is part of the content.
 */
function hashRawItem(raw: RawCall, now: Date): string {
  const day = raw.deadlines.length > 1 ? now.toISOString().slice(0, 10) : '';
  return createHash('sha256').update(`${normaliserVersion}|${day}|${JSON.stringify(raw)}`).digest('base64url');
}

/**
 * Decides, before anything is written, what each collected item means: unchanged (same content hash as last
 * time: not even normalised), changed, a copy of a call known from elsewhere, or a new call.
 */
export function planIngest({
  items,
  links,
  calls,
  defaults,
  now,
}: {
  items: RawCall[];
  links: Map<string, { callId: string; contentHash: string }>;
  calls: IndexedCall[];
  defaults: SourceDefaults;
  now: Date;
}): PlanResult {
  const plan: IngestPlan = { creates: [], links: [], updates: [] };
  const skipped: PlanResult['skipped'] = [];
  let unchanged = 0;
  let matcher: CallMatcher | undefined;
  const seenKeys = new Set<string>();

  for (const raw of items) {
    if (seenKeys.has(raw.key)) continue;
    seenKeys.add(raw.key);
    const item = { ...raw, programme: raw.programme ?? defaults.programme ?? null, funder: raw.funder ?? defaults.funder ?? null };
    const contentHash = hashRawItem(item, now);
    const link = links.get(raw.key);
    if (link?.contentHash === contentHash) {
      unchanged++;
      continue;
    }
    let fields: CallFields;
    try {
      fields = toCallFields(item, now);
    } catch (error) {
      skipped.push({ key: raw.key, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (link) {
      plan.updates.push({ callId: link.callId, itemKey: raw.key, url: fields.url, contentHash, fields });
      continue;
    }
    // Built lazily: a run where every item is already linked never needs the title index.
    matcher ??= new CallMatcher(calls);
    const keys = matchKeys(fields);
    const existing = matcher.match(keys);
    if (existing) {
      plan.links.push({ callId: existing, itemKey: raw.key, url: fields.url, contentHash, fields });
      continue;
    }
    const callId = randomUUID();
    plan.creates.push({ callId, itemKey: raw.key, url: fields.url, contentHash, fields });
    matcher.add(callId, keys);
  }
  return { plan, unchanged, skipped };
}
