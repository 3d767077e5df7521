import type { CallStatus, EligibleApplicantKind, Programme, SourceKind } from '@cni/db';
import type { z } from 'zod';
import type { FetchDocument } from '../fetch/types.ts';

/**
 * A call as a connector found it: structured fields where the source has them, raw text where it does not.
 * Connectors never guess; normaliseCall() turns this into a NormalisedCall.
 */
export interface RawCall {
  /** Stable identity of the item within its source: guid, topic identifier, ΑΔΑ, post id. */
  key: string;
  /** The source's own identifier of the call (topic id, ΑΔΑ, call code), or null. */
  reference: string | null;
  url: string | null;
  /** May contain HTML tags and entities. */
  title: string;
  /** May contain HTML tags and entities. */
  summary: string | null;
  /** Further text (HTML allowed) in which dates, budgets, applicants and themes may be found. */
  body: string | null;
  /** null: decide from the text. */
  language: 'el' | 'en' | null;
  /** ISO 8601 instant (UTC) when the source published the item, or null. */
  publishedAt: string | null;
  /** Structured dates: ISO 8601 instants with offset, or date-only `YYYY-MM-DD` read in `dateZone`. */
  openingDate: string | null;
  /** Every deadline the source lists (multi-stage calls have several), same formats as openingDate. */
  deadlines: string[];
  /** Human text holding dates when no structured ones exist, e.g. `Περίοδος υποβολής: 05/03/2024 - 30/04/2024`. */
  dateText: string | null;
  /** Zone for date-only and zone-less values: Europe/Athens for Greek sources, Europe/Brussels for EU ones. */
  dateZone: 'Europe/Athens' | 'Europe/Brussels';
  /** Integer euro cents when the source gives a number. */
  budgetCents: number | null;
  maxGrantCents: number | null;
  /** Human text holding the budget when no number is given, e.g. `Προϋπολογισμός: 1.234.567,89 €`. */
  budgetText: string | null;
  currency: string | null;
  programme: Programme | null;
  funder: string | null;
  /** What the source says, used only when dates cannot decide. */
  statusHint: CallStatus | null;
  /** A revoked decision or a withdrawn notice. */
  withdrawn: boolean;
  /** When the source lists applicant types in a structured way. */
  eligibleApplicants: EligibleApplicantKind[] | null;
}

/** A call ready to store: the Call fields of the contract that come from a source. */
export interface NormalisedCall {
  title: string;
  summary: string;
  url: string | null;
  funder: string | null;
  programme: Programme;
  reference: string | null;
  status: CallStatus;
  /** ISO 8601 UTC instants. */
  openingDate: string | null;
  deadline: string | null;
  budgetCents: number | null;
  currency: string;
  maxGrantCents: number | null;
  cofinancingRate: number | null;
  eligibleApplicants: EligibleApplicantKind[];
  /** Theme slugs: municipal-services, institutional-reform, awareness-participation, networking, labour-market. */
  themes: string[];
  language: 'el' | 'en';
}

export interface SourceRow {
  id: string;
  kind: SourceKind;
  url: string;
  options: Record<string, unknown>;
}

/** Validators of the last successful fetch, for a conditional GET. */
export interface CacheValidators {
  etag: string | null;
  lastModified: string | null;
}

export interface CollectContext<Options> {
  source: SourceRow;
  options: Options;
  fetchDocument: FetchDocument;
  validators: CacheValidators;
  now: Date;
}

export interface CollectResult {
  /** True when the source answered 304 Not Modified: nothing to do. */
  notModified: boolean;
  items: RawCall[];
  /** Documents fetched (pages of a paged source). */
  fetched: number;
  validators: CacheValidators;
}

export interface Connector<Options = Record<string, unknown>> {
  kind: Exclude<SourceKind, 'manual'>;
  /** Validates the source row's per-kind options. */
  optionsSchema: z.ZodType<Options>;
  collect(context: CollectContext<Options>): Promise<CollectResult>;
}
