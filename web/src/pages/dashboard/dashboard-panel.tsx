import { Show, type JSX } from 'solid-js';
import { useI18n } from '../../i18n/index.tsx';
import { dashboardCsvHref } from '../../lib/dashboard.ts';
import type { DashboardCsvTable } from '../../lib/dashboard-types.ts';

/**
 * One part of the dashboard: its heading, its CSV download, what it shows, and (for a chart) the same figures
 * as a table a screen reader or a keyboard can go through, folded away until asked for.
 */
export function DashboardPanel(props: {
  id: string;
  title: string;
  intro?: string;
  csv: DashboardCsvTable;
  /** The scope's slug; none for the whole network. */
  municipality: string | undefined;
  class?: string;
  /** Draws the figures of the chart as a table. */
  table?: () => JSX.Element;
  children: JSX.Element;
}) {
  const { t } = useI18n();
  const headingId = () => `${props.id}-heading`;
  return (
    <section id={props.id} class={`card dashboard-panel ${props.class ?? ''}`} aria-labelledby={headingId()}>
      <div class="dashboard-panel__header">
        <h2 id={headingId()} class="dashboard-panel__title">
          {props.title}
        </h2>
        <a
          class="button button--quiet dashboard-panel__csv"
          href={dashboardCsvHref(props.csv, props.municipality)}
          download=""
          aria-label={t('dashboard.csv.label', { table: props.title })}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M8 2 V10 M4.5 6.5 L8 10 L11.5 6.5 M3 13.5 H13" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
          {t('dashboard.csv')}
        </a>
      </div>
      <Show when={props.intro}>
        <p class="dashboard-panel__intro">{props.intro}</p>
      </Show>
      {props.children}
      <Show when={props.table}>
        {(table) => (
          <details class="dashboard-panel__data">
            <summary>{t('dashboard.showTable')}</summary>
            <div class="table-wrap">{table()()}</div>
          </details>
        )}
      </Show>
    </section>
  );
}

/** A short sentence in place of a chart with nothing to draw. */
export function NothingToDraw(props: { message: string }) {
  return <p class="dashboard-panel__empty">{props.message}</p>;
}
