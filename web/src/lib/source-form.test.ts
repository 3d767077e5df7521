import { describe, expect, it } from 'vitest';
import { defaultSourceSchedule, readSourceForm } from './source-form.ts';

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

describe('readSourceForm', () => {
  it('reads a new source, every six hours unless told otherwise', () => {
    expect(
      readSourceForm(
        formOf([
          ['name', 'Διαύγεια: Υπουργείο Μετανάστευσης'],
          ['kind', 'diavgeia'],
          ['url', 'https://diavgeia.gov.gr/opendata/search'],
          ['schedule', ''],
          ['enabled', 'on'],
        ]),
      ),
    ).toEqual({
      isValid: true,
      source: {
        name: 'Διαύγεια: Υπουργείο Μετανάστευσης',
        kind: 'diavgeia',
        url: 'https://diavgeia.gov.gr/opendata/search',
        schedule: defaultSourceSchedule,
        enabled: true,
      },
    });
  });

  it('keeps a schedule as written and an unticked box as disabled', () => {
    expect(
      readSourceForm(
        formOf([
          ['name', 'EU portal'],
          ['kind', 'ft-portal'],
          ['url', 'https://ec.europa.eu/info/funding-tenders/opportunities/portal'],
          ['schedule', '30 7 * * 1-5'],
        ]),
      ),
    ).toMatchObject({ isValid: true, source: { schedule: '30 7 * * 1-5', enabled: false } });
  });

  it('needs no address for a source of manual entries', () => {
    expect(readSourceForm(formOf([['name', 'Ανακοινώσεις Υπουργείου'], ['kind', 'manual'], ['url', '']]))).toMatchObject({
      isValid: true,
      source: { kind: 'manual', url: '' },
    });
  });

  it('says which fields are wrong', () => {
    expect(
      readSourceForm(formOf([['name', ''], ['kind', 'ftp'], ['url', 'file:///etc/passwd'], ['schedule', 'hourly']])),
    ).toEqual({
      isValid: false,
      errors: {
        name: 'sourceForm.error.required',
        kind: 'sourceForm.error.kind',
        url: 'sourceForm.error.url',
        schedule: 'sourceForm.error.schedule',
      },
    });
  });
});
