import { describe, expect, it } from 'vitest';
import { completeMention, readMentionQuery, suggestPeople } from './mention.ts';

describe('mentions in a comment', () => {
  it('notices a mention only while it is being typed at the end', () => {
    expect(readMentionQuery('Please check @Mar')).toBe('Mar');
    expect(readMentionQuery('@')).toBe('');
    expect(readMentionQuery('mail me at a@b.gr')).toBeNull();
    expect(readMentionQuery('@Maria said so')).toBeNull();
  });

  it('suggests matching people and completes the name', () => {
    const people = [{ name: 'Μαρία Παπαδοπούλου' }, { name: 'Nikos Georgiou' }];
    expect(suggestPeople(people, 'μαρ')).toEqual([people[0]]);
    expect(completeMention('Δες το @Μαρ', 'Μαρία Παπαδοπούλου')).toBe('Δες το @Μαρία Παπαδοπούλου ');
  });
});
