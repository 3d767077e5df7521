import type { Source } from './api-types.ts';

export type HealthLevel = 'ok' | 'warning' | 'error';
export type HealthReason = 'manual' | 'working' | 'failing' | 'never-run' | 'disabled' | 'interrupted' | 'running' | 'stale';

/** A source that has not succeeded for this long while enabled has quietly stopped bringing calls. */
export const staleAfterMs = 48 * 60 * 60 * 1000;

/**
 * Green, amber or red at a glance, and why. Red: the latest run failed. Amber: nothing to rely on yet
 * (disabled, never run, interrupted, running now, or no success for two days). Green: the latest run worked,
 * or the source is one of manual entries, which never runs.
 */
export function assessSourceHealth(source: Source, now: Date): { level: HealthLevel; reason: HealthReason } {
  // Manual entries fetch nothing: there is no run to fail.
  if (source.kind === 'manual') return { level: 'ok', reason: 'manual' };
  const lastRun = source.lastRun;
  if (lastRun?.status === 'error' || (!lastRun && source.lastError)) return { level: 'error', reason: 'failing' };
  if (!source.enabled) return { level: 'warning', reason: 'disabled' };
  if (!lastRun) return { level: 'warning', reason: 'never-run' };
  if (lastRun.status === 'running') return { level: 'warning', reason: 'running' };
  if (lastRun.status === 'interrupted') return { level: 'warning', reason: 'interrupted' };
  const lastSuccess = source.lastSuccessAt ?? lastRun.finishedAt ?? lastRun.startedAt;
  if (now.getTime() - new Date(lastSuccess).getTime() > staleAfterMs) return { level: 'warning', reason: 'stale' };
  return { level: 'ok', reason: 'working' };
}
