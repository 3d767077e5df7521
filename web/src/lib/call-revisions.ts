import type { CallRevision } from './api-types.ts';

/** One change of a revision, classified so that the page can say it in a sentence. */
export type RevisionChange =
  | { kind: 'deadline-extended' | 'deadline-shortened'; from: string; to: string }
  | { kind: 'deadline-set'; to: string }
  | { kind: 'deadline-removed'; from: string }
  | { kind: 'budget'; from: number | null; to: number | null }
  | { kind: 'field'; field: string; from: unknown; to: unknown };

function asInstant(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  return Number.isNaN(new Date(value).getTime()) ? null : value;
}

function asCents(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function describeDeadlineChange(from: unknown, to: unknown, field: string): RevisionChange {
  const before = asInstant(from);
  const after = asInstant(to);
  if (before && after) {
    const isLater = new Date(after).getTime() > new Date(before).getTime();
    return { kind: isLater ? 'deadline-extended' : 'deadline-shortened', from: before, to: after };
  }
  if (after && from == null) return { kind: 'deadline-set', to: after };
  if (before && to == null) return { kind: 'deadline-removed', from: before };
  return { kind: 'field', field, from, to };
}

/** The deadline first, then the budget, then every other field in the order the API gave them. */
export function describeRevision(revision: CallRevision): RevisionChange[] {
  const changes = Object.entries(revision.changes ?? {});
  const rank = (field: string) => (field === 'deadline' ? 0 : field === 'budgetCents' ? 1 : 2);
  return changes
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([field, change]): RevisionChange => {
      const { from, to } = change ?? { from: undefined, to: undefined };
      if (field === 'deadline') return describeDeadlineChange(from, to, field);
      if (field === 'budgetCents' && (from == null || asCents(from) !== null) && (to == null || asCents(to) !== null)) {
        return { kind: 'budget', from: asCents(from), to: asCents(to) };
      }
      return { kind: 'field', field, from, to };
    });
}
