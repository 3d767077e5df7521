import type { CallStatus } from '@cni/db';

export interface StatusInput {
  /** ISO 8601 instants. */
  openingDate: string | null;
  deadline: string | null;
  withdrawn: boolean;
  /** What the source says, used only when the dates cannot decide. */
  hint: CallStatus | null;
}

/**
 * A call's status from its dates, because sources' own status lags them (the EU portal's codes do):
 * withdrawn wins; a past deadline closes; a future opening is forthcoming; else open. Without a deadline,
 * a future opening is still forthcoming, and otherwise the source's word (or open) stands.
 */
export function computeStatus({ openingDate, deadline, withdrawn, hint }: StatusInput, now: Date): CallStatus {
  if (withdrawn) return 'withdrawn';
  const nowMs = now.getTime();
  const opensLater = openingDate !== null && Date.parse(openingDate) > nowMs;
  if (deadline !== null) {
    if (Date.parse(deadline) <= nowMs) return 'closed';
    return opensLater ? 'forthcoming' : 'open';
  }
  if (opensLater) return 'forthcoming';
  return hint ?? 'open';
}
