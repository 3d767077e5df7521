import { For, type JSX } from 'solid-js';
import { useI18n } from '../../i18n/index.tsx';
import type { ProgrammeFigures } from '../../lib/dashboard-types.ts';
import { formatMoneyCents, formatNumber, formatPercent } from '../../lib/format.ts';

/** A column of figures: its heading, which also labels each cell when the table is laid out as cards on a phone. */
export interface FigureColumn<Row> {
  label: string;
  cell: (row: Row) => JSX.Element;
}

/**
 * The figures of the dashboard and the report as a table: a row per programme, municipality, status or quarter,
 * named in its first cell, then a number a column.
 */
export function FigureTable<Row>(props: {
  caption: string;
  /** The heading of the first column, the one that names the rows. */
  rowHeading: string;
  rows: readonly Row[];
  rowName: (row: Row) => JSX.Element;
  columns: FigureColumn<Row>[];
  class?: string;
}) {
  return (
    <table class={props.class ? `dashboard-table ${props.class}` : 'dashboard-table'}>
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.rowHeading}</th>
          <For each={props.columns}>
            {(column) => (
              <th scope="col" class="number">
                {column.label}
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr>
              <th scope="row">{props.rowName(row)}</th>
              <For each={props.columns}>
                {(column) => (
                  <td class="number" data-label={column.label}>
                    {column.cell(row)}
                  </td>
                )}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

/** What was sent and what came of it, the same for a programme and for a municipality. */
type OutcomeFigures = Omit<ProgrammeFigures, 'programme'>;
type OutcomeColumn = 'submitted' | 'awarded' | 'rejected' | 'successRate' | 'requested' | 'secured';

/** The columns of the outcome figures, in the order asked for (the report leaves "rejected" out). */
export function useOutcomeColumns() {
  const { t, language } = useI18n();
  const number = (value: number) => formatNumber(value, language());
  const money = (cents: number) => formatMoneyCents(cents, language(), { isWholeEuros: true });
  const columnOf = {
    submitted: () => ({ label: t('dashboard.column.submitted'), cell: (row: OutcomeFigures) => number(row.submitted) }),
    awarded: () => ({ label: t('dashboard.column.awarded'), cell: (row: OutcomeFigures) => number(row.awarded) }),
    rejected: () => ({ label: t('dashboard.column.rejected'), cell: (row: OutcomeFigures) => number(row.rejected) }),
    successRate: () => ({
      label: t('dashboard.column.successRate'),
      cell: (row: OutcomeFigures) => (row.successRate === null ? '—' : formatPercent(row.successRate, language())),
    }),
    requested: () => ({ label: t('dashboard.column.requested'), cell: (row: OutcomeFigures) => money(row.requestedCents) }),
    secured: () => ({ label: t('dashboard.column.secured'), cell: (row: OutcomeFigures) => money(row.awardedCents) }),
  } satisfies Record<OutcomeColumn, () => FigureColumn<OutcomeFigures>>;
  return (names: OutcomeColumn[]): FigureColumn<OutcomeFigures>[] => names.map((name) => columnOf[name]());
}
