import type { CallStatus } from '@cni/db';
import { load, type CheerioAPI } from 'cheerio';
import { z } from 'zod';
import type { RawCall } from '../ingest/types.ts';
import { SourceError } from '../ingest/source-error.ts';
import { looksLikeBotChallenge } from './bot-challenge.ts';
import { createRawCall } from './raw-call.ts';
import { validateDocument } from './source-document.ts';

// A selection of elements; cheerio does not re-export domhandler's Element type, which jobs does not depend on.
type Selection = ReturnType<ReturnType<CheerioAPI['root']>['find']>;

const statusesByLabel: Record<string, CallStatus> = {
  ενεργη: 'open',
  αναμενεται: 'forthcoming',
  εληξε: 'closed',
};

const cardSchema = z.object({
  item: z.string().regex(/^\d+$/, 'no ProclamationsFS.aspx?item=N link'),
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().min(1, 'no title'),
  statusHint: z.enum(['open', 'forthcoming', 'closed']).nullable(),
  programme: z.string().nullable(),
  area: z.string().nullable(),
  period: z.string().nullable(),
});
export type EspaCard = z.output<typeof cardSchema>;

export interface EspaDetail {
  body: string | null;
  budgetText: string | null;
}

/**
 * The cards of one listing page. A page without cards is fine (an empty listing) unless it is a
 * bot-protection challenge, which would otherwise pass for "no calls".
 */
export function parseEspaListing(html: string, pageUrl: string, origin: string): EspaCard[] {
  const $ = load(html);
  const cards = $('div.item').toArray();
  if (cards.length === 0 && looksLikeBotChallenge(html)) {
    throw new SourceError('blocked_by_source', `${origin}: espa.gr answered with a bot-protection page instead of the calls listing`);
  }
  return cards.map((element, index) => validateDocument(cardSchema, readCard($, $(element), pageUrl), origin, `card ${index + 1}`));
}

/** The detail page of one call: its description and the budget, written in Greek number format. */
export function parseEspaDetail(html: string, origin: string): EspaDetail {
  const $ = load(html);
  const story = $('.story').first();
  if (story.length === 0 && looksLikeBotChallenge(html)) {
    throw new SourceError('blocked_by_source', `${origin}: espa.gr answered with a bot-protection page instead of the call's page`);
  }
  const budget = fieldAfterHeading($, 'Προϋπολογισμός');
  return {
    body: story.html()?.trim() || null,
    budgetText: budget ? `Προϋπολογισμός: ${budget}` : null,
  };
}

export function toRawCall(card: EspaCard, detail: EspaDetail | null): RawCall {
  const summary = [
    card.programme && `Επιχειρησιακό πρόγραμμα: ${card.programme}`,
    card.area && `Περιοχή εφαρμογής: ${card.area}`,
  ].filter(Boolean);
  return createRawCall({
    key: card.item,
    url: card.url,
    title: card.title,
    summary: summary.length > 0 ? summary.join('\n') : null,
    body: detail?.body ?? null,
    language: 'el',
    // d/m/yyyy: left to the normaliser, which reads Greek dates.
    dateText: card.period ? `Περίοδος υποβολής: ${card.period}` : null,
    dateZone: 'Europe/Athens',
    budgetText: detail?.budgetText ?? null,
    statusHint: card.statusHint,
  });
}

function readCard($: CheerioAPI, card: Selection, pageUrl: string) {
  const href = card.find('a[href*="ProclamationsFS.aspx"]').first().attr('href') ?? '';
  const url = resolveUrl(href, pageUrl);
  const statusLabel = card
    .find('span')
    .toArray()
    .map((span) => fold($(span).text()))
    .find((text) => text in statusesByLabel);
  return {
    item: url?.searchParams.get('item') ?? '',
    url: url?.href ?? '',
    title: collapseSpaces(card.find('h3').first().text()),
    statusHint: statusLabel ? (statusesByLabel[statusLabel] ?? null) : null,
    programme: labelledValue($, card, 'Επιχειρησιακό πρόγραμμα'),
    area: labelledValue($, card, 'Περιοχή εφαρμογής'),
    period: labelledValue($, card, 'Περίοδος υποβολής'),
  };
}

/** `<p><b>Περίοδος υποβολής:</b> 05/03/2026 - 30/04/2026</p>` → `05/03/2026 - 30/04/2026`. */
function labelledValue($: CheerioAPI, card: Selection, label: string): string | null {
  for (const element of card.find('p').toArray()) {
    const paragraph = $(element);
    const labelText = paragraph.find('b, strong').first().text();
    if (!fold(labelText).startsWith(fold(label))) continue;
    // The text after the label; the colon may sit inside or outside the <b>.
    return collapseSpaces(paragraph.text().replace(labelText, '')).replace(/^:\s*/, '') || null;
  }
  return null;
}

/** `<h4>Προϋπολογισμός</h4><div class="perifereia">1.234.567,89 €</div>` on the detail page. */
function fieldAfterHeading($: CheerioAPI, label: string): string | null {
  const heading = $('h4')
    .toArray()
    .find((element) => fold($(element).text()) === fold(label));
  if (!heading) return null;
  return collapseSpaces($(heading).nextAll('div.perifereia').first().text()) || null;
}

function resolveUrl(href: string, base: string): URL | null {
  try {
    return href ? new URL(href, base) : null;
  } catch {
    return null;
  }
}

/** Case, accents and a trailing colon do not matter in labels. */
function fold(text: string): string {
  return collapseSpaces(text)
    .replace(/:$/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('el');
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
