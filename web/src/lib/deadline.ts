import { athensCalendarDaysBetween } from './athens-time.ts';

/** What a countdown says about a deadline: past, later today (Athens), or in so many calendar days. */
export type DeadlineCountdown = { kind: 'closed' } | { kind: 'today' } | { kind: 'days'; days: number };

export function describeDeadline(deadline: string | Date, now: Date): DeadlineCountdown | null {
  const date = deadline instanceof Date ? deadline : new Date(deadline);
  if (Number.isNaN(date.getTime())) return null;
  if (date.getTime() <= now.getTime()) return { kind: 'closed' };
  // Calendar days, not periods of 24 hours: a deadline tomorrow at 09:00 is "in 1 day" at 22:00 tonight.
  const days = athensCalendarDaysBetween(now, date);
  return days <= 0 ? { kind: 'today' } : { kind: 'days', days };
}
