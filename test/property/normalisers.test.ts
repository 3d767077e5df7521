import { analyseText, buildSearchQuery, foldText } from '@cni/db';
import { extractBudget, extractDates, htmlToText, parseIsoish, parseMoneyToCents, parseTextDate, zonedTimeToUtc } from '@cni/jobs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Every property prints its seed and the shrunk counterexample when it fails; a fixed seed from the environment
// replays a failure (FC_SEED=… npx vitest run test/property).
const seed = process.env.FC_SEED === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(process.env.FC_SEED);
fc.configureGlobal({ seed, numRuns: Number(process.env.FC_RUNS ?? 300) });

/** Any text a source or a person may write: every code unit (lone surrogates too), Greek, marks and syntax. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...'ΆάΈέΊΐΪϊΌόΎΰΫϋΏώΣσς€$.,:;-–/ 0123456789%*"()NEAR^\u0301\u0308\u00a0\u202fİß'), maxLength: 60 }),
);

const maxCents = 1_000_000_000_000;
const cents = fc.integer({ min: 1, max: maxCents });

function groupThousands(euros: number, separator: string): string {
  return String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** `1.234.567,89 €`, the Greek way. */
function formatGreek(amount: number, currency: string): string {
  const euros = groupThousands(Math.floor(amount / 100), '.');
  return `${euros},${String(amount % 100).padStart(2, '0')} ${currency}`;
}

/** `€1,234,567.89`, the English way. */
function formatEnglish(amount: number, currency: string): string {
  const euros = groupThousands(Math.floor(amount / 100), ',');
  return `${currency}${euros}.${String(amount % 100).padStart(2, '0')}`;
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function expectIsoUtc(value: string | null): void {
  if (value === null) return;
  expect(value).toMatch(isoInstant);
  expect(new Date(value).toISOString()).toBe(value);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A calendar date in the years a call can carry (1990-2100), with a time of day. */
const wallClock = fc
  .record({
    year: fc.integer({ min: 1990, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
  })
  .map((clock) => ({ ...clock, day: Math.min(clock.day, new Date(Date.UTC(clock.year, clock.month, 0)).getUTCDate()) }));

const greekMonths = ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'];
const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** The ways parse-text-date.test.ts shows dates written, each rendering one calendar date. */
const dateFormats: ReadonlyArray<(year: number, month: number, day: number) => string> = [
  (year, month, day) => `${pad(day)}/${pad(month)}/${year}`,
  (year, month, day) => `${day}-${month}-${year}`,
  (year, month, day) => `${pad(day)}.${pad(month)}.${year}`,
  (year, month, day) => `${day} ${greekMonths[month - 1]} ${year}`,
  (year, month, day) => `${day} ${withoutAccents(greekMonths[month - 1]!).toUpperCase()} ${year}`,
  (year, month, day) => `${day}η ${greekMonths[month - 1]} ${year}`,
  (year, month, day) => `${pad(day)} ${englishMonths[month - 1]} ${year}`,
  (year, month, day) => `${englishMonths[month - 1]} ${day}, ${year}`,
];

describe('money normalisers', () => {
  it('parseMoneyToCents never throws, and answers null or positive integer cents up to 10 billion euro', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const money = parseMoneyToCents(text);
        if (money === null) return;
        expect(Number.isSafeInteger(money.cents)).toBe(true);
        expect(money.cents).toBeGreaterThan(0);
        expect(money.cents).toBeLessThanOrEqual(maxCents);
        expect(money.currency).toMatch(/^[A-Z]{3}$/);
      }),
    );
  });

  it('reads back any amount written the Greek way (1.234.567,89 €)', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom('€', 'ευρώ', 'ΕΥΡΩ', 'EUR'), (amount, currency) => {
        expect(parseMoneyToCents(formatGreek(amount, currency))).toEqual({ cents: amount, currency: 'EUR' });
      }),
    );
  });

  it('reads back any amount written the English way (€1,234,567.89)', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom('€', '€ ', 'EUR '), (amount, currency) => {
        expect(parseMoneyToCents(formatEnglish(amount, currency))).toEqual({ cents: amount, currency: 'EUR' });
      }),
    );
  });

  it('reads back a labelled budget inside a sentence', () => {
    fc.assert(
      fc.property(cents, fc.boolean(), (amount, isGreek) => {
        const text = isGreek ? `Συνολικός προϋπολογισμός: ${formatGreek(amount, '€')}.` : `The total budget is ${formatEnglish(amount, 'EUR ')}.`;
        expect(extractBudget(text).budgetCents).toBe(amount);
      }),
    );
  });

  it('extractBudget never throws, and gives integer cents and a rate within (0, 1]', () => {
    fc.assert(
      fc.property(anyText, anyText, (label, rest) => {
        const budget = extractBudget(`Προϋπολογισμός ${label} ποσοστό συγχρηματοδότησης ${rest}`);
        for (const value of [budget.budgetCents, budget.maxGrantCents]) if (value !== null) expect(Number.isSafeInteger(value)).toBe(true);
        if (budget.cofinancingRate !== null) {
          expect(budget.cofinancingRate).toBeGreaterThan(0);
          expect(budget.cofinancingRate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('date normalisers', () => {
  it('parseIsoish and parseTextDate never throw, and answer null or a valid ISO UTC instant', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('opening', 'deadline') as fc.Arbitrary<'opening' | 'deadline'>, (text, role) => {
        expectIsoUtc(parseIsoish(text, 'Europe/Athens', role));
        expectIsoUtc(parseTextDate(text, 'Europe/Athens', role));
        const { opening, deadline, deadlines } = extractDates(`Καταληκτική ημερομηνία ${text}`, 'Europe/Athens');
        for (const value of [opening, deadline, ...deadlines]) expectIsoUtc(value);
      }),
    );
  });

  it('parseIsoish reads back any instant from 1990 to 2100, in UTC or at any offset', () => {
    const instant = fc.date({ min: new Date('1990-01-02T00:00:00Z'), max: new Date('2100-12-30T00:00:00Z'), noInvalidDate: true });
    const offsetMinutes = fc.integer({ min: -14 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(instant, offsetMinutes, fc.boolean(), (date, offset, hasColon) => {
        expect(parseIsoish(date.toISOString(), 'Europe/Athens')).toBe(date.toISOString());
        const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
        const sign = offset < 0 ? '-' : '+';
        const written = `${local}${sign}${pad(Math.floor(Math.abs(offset) / 60))}${hasColon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
        expect(parseIsoish(written, 'Europe/Athens')).toBe(date.toISOString());
      }),
    );
  });

  it('parseIsoish reads a zone-less date-time in the zone given, and a date-only deadline as the end of that day', () => {
    fc.assert(
      fc.property(wallClock, ({ year, month, day, hour, minute, second }) => {
        const date = `${year}-${pad(month)}-${pad(day)}`;
        const time = `${pad(hour)}:${pad(minute)}:${pad(second)}`;
        expect(parseIsoish(`${date}T${time}`, 'UTC')).toBe(`${date}T${time}.000Z`);
        expect(parseIsoish(`${date} ${time}`, 'Europe/Athens')).toBe(zonedTimeToUtc(year, month, day, hour, minute, second, 'Europe/Athens').toISOString());
        expect(parseIsoish(date, 'UTC', 'deadline')).toBe(`${date}T23:59:59.000Z`);
      }),
    );
  });

  it('parseTextDate reads back a date written in any supported Greek or English form', () => {
    fc.assert(
      fc.property(wallClock, fc.constantFrom(...dateFormats), ({ year, month, day }, format) => {
        const written = format(year, month, day);
        const date = `${year}-${pad(month)}-${pad(day)}`;
        expect(parseTextDate(written, 'UTC', 'opening'), written).toBe(`${date}T00:00:00.000Z`);
        expect(parseTextDate(written, 'UTC', 'deadline'), written).toBe(`${date}T23:59:59.000Z`);
        expect(parseTextDate(written, 'Europe/Athens', 'opening'), written).toBe(zonedTimeToUtc(year, month, day, 0, 0, 0, 'Europe/Athens').toISOString());
      }),
    );
  });

  it('parseTextDate reads back the time written after a date (ώρα 15:00, at 17:00 CET)', () => {
    fc.assert(
      fc.property(wallClock, fc.constantFrom(...dateFormats), ({ year, month, day, hour, minute }, format) => {
        const written = `${format(year, month, day)}, ώρα ${pad(hour)}:${pad(minute)}`;
        expect(parseTextDate(written, 'UTC', 'deadline'), written).toBe(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00.000Z`);
        const brussels = `${format(year, month, day)} ${pad(hour)}:${pad(minute)} CET`;
        expect(parseTextDate(brussels, 'Europe/Athens', 'deadline'), brussels).toBe(zonedTimeToUtc(year, month, day, hour, minute, 0, 'Europe/Brussels').toISOString());
      }),
    );
  });
});

describe('text normalisers', () => {
  it('foldText is idempotent and leaves no accent, capital or final sigma', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = foldText(text);
        expect(foldText(folded)).toBe(folded);
        expect(folded).not.toMatch(/[ςΑ-Ω]|\p{M}/u);
      }),
    );
  });

  it('gives one search term for a Greek word whatever its accents and capitals', () => {
    const words = ['Μεταναστών', 'προσφύγων', 'στέγαση', 'απασχόλησης', 'εκπαίδευση', 'ένταξη', 'Δήμος', 'αστέγων', 'ευάλωτες'];
    const variant = fc.constantFrom(...words).chain((word) =>
      fc
        .tuple(fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }), fc.boolean())
        .map(([capitals, stripsAccents]) => ({
          word,
          written: [...(stripsAccents ? withoutAccents(word) : word)].map((letter, index) => (capitals[index] ? letter.toUpperCase() : letter.toLowerCase())).join(''),
        })),
    );
    fc.assert(
      fc.property(variant, ({ word, written }) => {
        expect(analyseText(written), written).toEqual(analyseText(word));
      }),
    );
    const [stem] = analyseText('Μεταναστών');
    expect(analyseText('μεταναστων ΜΕΤΑΝΑΣΤΕΣ μετανάστες')).toEqual([stem, stem, stem]);
  });

  it('analyseText gives folded words of letters and digits only', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const term of analyseText(text)) expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
      }),
    );
  });

  it('buildSearchQuery passes only quoted terms to MATCH, whatever the syntax typed', () => {
    const quoted = '"[\\p{L}\\p{N}]+(?: [\\p{L}\\p{N}]+)*"\\*?';
    const concept = `\\(${quoted}(?: OR ${quoted})*\\)`;
    const grammar = new RegExp(`^${concept}(?: AND ${concept})*$`, 'u');
    const syntax = fc.constantFrom('"', '*', ':', '-', '^', '(', ')', 'NEAR', 'NEAR/2', 'OR', 'AND', 'NOT', '{', '}', '+', "'", ' ');
    const typed = fc.array(fc.oneof(anyText, syntax, fc.constantFrom('προσφύγων', 'refugees', 'στέγαση', 'housing')), { maxLength: 8 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(typed, (text) => {
        const query = buildSearchQuery(text);
        if (query.match !== null) expect(query.match).toMatch(grammar);
        expect(query.match === null).toBe(analyseText(text).length === 0);
      }),
    );
  });

  it('htmlToText never throws, and gives a one-line text without markup back with its spaces collapsed', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof htmlToText(text)).toBe('string');
        expect(typeof htmlToText(`<p>${text}</p><script>${text}</script>`)).toBe('string');
      }),
    );
    const line = fc.string({ unit: fc.constantFrom(...'αβγ ΑΒΓ abc\t 123.,;€'), maxLength: 60 });
    fc.assert(
      fc.property(line, (text) => {
        expect(htmlToText(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
    );
  });
});
