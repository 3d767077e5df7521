import { describe, expect, it } from 'vitest';
import type { Source, SourceRun } from './api-types.ts';
import { assessSourceHealth } from './source-health.ts';

const now = new Date('2026-04-26T10:00:00Z');

function buildRun(overrides: Partial<SourceRun> = {}): SourceRun {
  return {
    id: 'run-1',
    sourceId: 'source-1',
    status: 'ok',
    fetched: 12,
    created: 2,
    updated: 1,
    unchanged: 9,
    error: null,
    startedAt: '2026-04-26T06:00:00Z',
    finishedAt: '2026-04-26T06:00:02Z',
    durationMs: 2000,
    ...overrides,
  };
}

function buildSource(overrides: Partial<Source> = {}): Source {
  return {
    id: 'source-1',
    name: 'ESPA',
    kind: 'espa',
    url: 'https://www.espa.gr/el/Pages/ProclamationsFS.aspx',
    schedule: '0 */6 * * *',
    enabled: true,
    options: {},
    callCount: 4,
    lastRun: buildRun(),
    lastSuccessAt: '2026-04-26T06:00:02Z',
    lastError: null,
    ...overrides,
  };
}

describe('assessSourceHealth', () => {
  it('is green when the latest run worked', () => {
    expect(assessSourceHealth(buildSource(), now)).toEqual({ level: 'ok', reason: 'working' });
  });

  it('is red when the latest run failed, even after earlier successes', () => {
    const source = buildSource({
      lastRun: buildRun({ status: 'error', error: { code: 'upstream_timeout', message: 'Timed out' } }),
      lastError: { code: 'upstream_timeout', message: 'Timed out', at: '2026-04-26T06:00:10Z' },
    });
    expect(assessSourceHealth(source, now)).toEqual({ level: 'error', reason: 'failing' });
  });

  it('is amber when there is nothing to rely on yet', () => {
    expect(assessSourceHealth(buildSource({ lastRun: null, lastSuccessAt: null }), now).reason).toBe('never-run');
    expect(assessSourceHealth(buildSource({ enabled: false }), now).reason).toBe('disabled');
    expect(assessSourceHealth(buildSource({ lastRun: buildRun({ status: 'interrupted' }) }), now).reason).toBe('interrupted');
    expect(assessSourceHealth(buildSource({ lastRun: buildRun({ status: 'running', finishedAt: null }) }), now).reason).toBe('running');
  });

  it('is green for manual entries, which never run', () => {
    expect(assessSourceHealth(buildSource({ kind: 'manual', lastRun: null, lastSuccessAt: null }), now)).toEqual({
      level: 'ok',
      reason: 'manual',
    });
  });

  it('is amber when the last success is more than two days old', () => {
    const source = buildSource({
      lastRun: buildRun({ startedAt: '2026-04-20T06:00:00Z', finishedAt: '2026-04-20T06:00:02Z' }),
      lastSuccessAt: '2026-04-20T06:00:02Z',
    });
    expect(assessSourceHealth(source, now)).toEqual({ level: 'warning', reason: 'stale' });
  });
});
