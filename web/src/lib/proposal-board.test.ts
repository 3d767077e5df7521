import { describe, expect, it } from 'vitest';
import { allowedStatusMoves, groupByColumn, sortByDeadline } from './proposal-board.ts';
import type { ProposalListItem } from './proposal-types.ts';

const athens = { id: 'm1', slug: 'athens', name: 'Athens', nameEl: 'Αθήνα' };

function buildItem(overrides: Partial<ProposalListItem>): ProposalListItem {
  return {
    id: 'p',
    title: 'A proposal',
    status: 'idea',
    deadline: null,
    leadMunicipality: athens,
    partnerMunicipalities: [],
    callId: null,
    callTitle: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

describe('sortByDeadline', () => {
  it('puts the nearest deadline first and those without one last, newest change first', () => {
    const items = [
      buildItem({ id: 'none-old', updatedAt: '2026-01-01T00:00:00.000Z' }),
      buildItem({ id: 'late', deadline: '2026-06-01T09:00:00.000Z' }),
      buildItem({ id: 'none-new', updatedAt: '2026-03-01T00:00:00.000Z' }),
      buildItem({ id: 'soon', deadline: '2026-02-01T09:00:00.000Z' }),
    ];
    expect(sortByDeadline(items).map((item) => item.id)).toEqual(['soon', 'late', 'none-new', 'none-old']);
  });
});

describe('groupByColumn', () => {
  it('has every column, even an empty one, and puts the three endings in the last', () => {
    const columns = groupByColumn([
      buildItem({ id: 'a', status: 'review' }),
      buildItem({ id: 'b', status: 'awarded' }),
      buildItem({ id: 'c', status: 'withdrawn' }),
    ]);
    expect(Object.keys(columns)).toEqual(['idea', 'drafting', 'review', 'submitted', 'decided']);
    expect(columns.review.map((item) => item.id)).toEqual(['a']);
    expect(columns.decided.map((item) => item.id).sort()).toEqual(['b', 'c']);
    expect(columns.idea).toEqual([]);
  });
});

describe('allowedStatusMoves', () => {
  it('follows the workflow: forward one step, review back to drafting, withdraw until the end', () => {
    expect(allowedStatusMoves('idea')).toEqual(['drafting', 'withdrawn']);
    expect(allowedStatusMoves('review')).toEqual(['submitted', 'drafting', 'withdrawn']);
    expect(allowedStatusMoves('submitted')).toEqual(['awarded', 'rejected', 'withdrawn']);
    expect(allowedStatusMoves('awarded')).toEqual(['withdrawn']);
    expect(allowedStatusMoves('withdrawn')).toEqual([]);
  });
});
