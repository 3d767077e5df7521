import { describe, expect, it } from 'vitest';
import { createRawCall, uniqueByKey } from './raw-call.ts';

describe('createRawCall', () => {
  it('sets every field the connector does not give to "the source does not say"', () => {
    expect(createRawCall({ key: 'k', title: 'T', dateZone: 'Europe/Athens' })).toEqual({
      key: 'k',
      reference: null,
      url: null,
      title: 'T',
      summary: null,
      body: null,
      language: null,
      publishedAt: null,
      openingDate: null,
      deadlines: [],
      dateText: null,
      dateZone: 'Europe/Athens',
      budgetCents: null,
      maxGrantCents: null,
      budgetText: null,
      currency: null,
      programme: null,
      funder: null,
      statusHint: null,
      withdrawn: false,
      eligibleApplicants: null,
    });
  });
});

describe('uniqueByKey', () => {
  it('keeps the first item of each key, in order', () => {
    const call = (key: string, title: string) => createRawCall({ key, title, dateZone: 'Europe/Athens' });
    expect(uniqueByKey([call('a', '1'), call('b', '2'), call('a', '3')]).map((item) => item.title)).toEqual(['1', '2']);
  });
});
