import { describe, expect, it } from 'vitest';
import { describeRevision } from './call-revisions.ts';

describe('describeRevision', () => {
  it('tells an extended deadline from a shortened one', () => {
    expect(
      describeRevision({
        at: '2026-04-20T10:00:00Z',
        changes: { deadline: { from: '2026-04-30T12:00:00Z', to: '2026-05-30T12:00:00Z' } },
      }),
    ).toEqual([{ kind: 'deadline-extended', from: '2026-04-30T12:00:00Z', to: '2026-05-30T12:00:00Z' }]);
    expect(
      describeRevision({
        at: '2026-04-20T10:00:00Z',
        changes: { deadline: { from: '2026-05-30T12:00:00Z', to: '2026-04-30T12:00:00Z' } },
      }),
    ).toEqual([{ kind: 'deadline-shortened', from: '2026-05-30T12:00:00Z', to: '2026-04-30T12:00:00Z' }]);
  });

  it('says when a deadline is set or removed', () => {
    expect(describeRevision({ at: 'x', changes: { deadline: { from: null, to: '2026-05-30T12:00:00Z' } } })).toEqual([
      { kind: 'deadline-set', to: '2026-05-30T12:00:00Z' },
    ]);
    expect(describeRevision({ at: 'x', changes: { deadline: { from: '2026-05-30T12:00:00Z', to: null } } })).toEqual([
      { kind: 'deadline-removed', from: '2026-05-30T12:00:00Z' },
    ]);
  });

  it('puts the deadline first, then the budget, then the rest in the given order', () => {
    const changes = describeRevision({
      at: '2026-04-20T10:00:00Z',
      changes: {
        title: { from: 'Old', to: 'New' },
        budgetCents: { from: 100_000_00, to: 150_000_00 },
        deadline: { from: '2026-04-30T12:00:00Z', to: '2026-05-30T12:00:00Z' },
        status: { from: 'forthcoming', to: 'open' },
      },
    });
    expect(changes.map((change) => change.kind)).toEqual(['deadline-extended', 'budget', 'field', 'field']);
    expect(changes[1]).toEqual({ kind: 'budget', from: 100_000_00, to: 150_000_00 });
    expect(changes[2]).toEqual({ kind: 'field', field: 'title', from: 'Old', to: 'New' });
  });

  it('falls back to a plain change for values it cannot read', () => {
    expect(describeRevision({ at: 'x', changes: { deadline: { from: 'soon', to: 'later' } } })).toEqual([
      { kind: 'field', field: 'deadline', from: 'soon', to: 'later' },
    ]);
    expect(describeRevision({ at: 'x', changes: { budgetCents: { from: 'a lot', to: 5 } } })).toEqual([
      { kind: 'field', field: 'budgetCents', from: 'a lot', to: 5 },
    ]);
  });
});
