import { createAsync, revalidate, useSearchParams } from '@solidjs/router';
import { For, Show, type JSX } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { SelectField } from '../../components/form-field.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { athensYear, readReportYear, reportYearChoices } from '../../lib/annual-report.ts';
import type { Theme } from '../../lib/api-types.ts';
import type { AnnualReport } from '../../lib/dashboard-types.ts';
import { formatDate, formatMoneyCents, formatNumber, formatPercent } from '../../lib/format.ts';
import { FigureTable, useOutcomeColumns } from '../dashboard/figure-table.tsx';
import { getAnnualReport, getThemes } from './report.data.ts';

/**
 * "CNI in numbers": one year of the network on a page that prints as it reads (A4, no navigation, no card cut
 * in two), for the network's partners and its annual meeting.
 */
export default function ReportPage() {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams<{ year?: string }>();
  const currentYear = athensYear(new Date());
  const year = () => readReportYear(searchParams.year, currentYear);
  usePageTitle(() => t('report.title', { year: year() }));
  const report = createAsync(() => getAnnualReport(year()));
  // Theme names are a nicety: without them the slug is shown, never an error.
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));

  return (
    <div class="page report">
      <div class="report__toolbar" role="group" aria-label={t('report.toolbar')}>
        <SelectField
          id="report-year"
          name="year"
          label={t('report.year')}
          value={String(year())}
          onChange={(event) =>
            setSearchParams({ year: event.currentTarget.value === String(currentYear) ? undefined : event.currentTarget.value })
          }
        >
          <For each={reportYearChoices(currentYear, year())}>
            {(choice) => (
              <option value={String(choice)} selected={choice === year()}>
                {choice}
              </option>
            )}
          </For>
        </SelectField>
        <button type="button" class="button button--primary report__print" onClick={() => window.print()}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path
              d="M4 6 V2 H12 V6 M4 12 H2.5 V6.5 H13.5 V12 H12 M4.5 10 H11.5 V14 H4.5 Z"
              fill="none"
              stroke="currentColor"
              stroke-width="1.4"
              stroke-linejoin="round"
            />
          </svg>
          {t('report.print')}
        </button>
      </div>
      <AsyncBoundary refetch={() => revalidate(getAnnualReport.key)} errorTitle={t('report.title', { year: year() })}>
        <Show when={report()}>{(value) => <ReportSheet report={value()} themes={themes() ?? []} />}</Show>
      </AsyncBoundary>
    </div>
  );
}

function Figure(props: { label: MessageKey; value: string; isMoney?: boolean }) {
  const { t } = useI18n();
  return (
    <div class="report-figure" classList={{ 'report-figure--money': props.isMoney }}>
      <dt>{t(props.label)}</dt>
      <dd>{props.value}</dd>
    </div>
  );
}

/** A part of the report: its heading, then its figures, table or list. */
function ReportSection(props: { id: string; title: string; children: JSX.Element }) {
  return (
    <section class="report-section" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.children}
    </section>
  );
}

function ReportSheet(props: { report: AnnualReport; themes: Theme[] }) {
  const { t, tCount, tValue, language } = useI18n();
  const number = (value: number) => formatNumber(value, language());
  const money = (cents: number) => formatMoneyCents(cents, language(), { isWholeEuros: true });
  const percent = (share: number | null) => (share === null ? '—' : formatPercent(share, language()));
  const themeName = (slug: string) => {
    const theme = props.themes.find((candidate) => candidate.slug === slug);
    return theme ? (language() === 'el' ? theme.nameEl : theme.name) : slug;
  };
  const outcomeColumns = useOutcomeColumns();
  const mostNeeds = () => Math.max(1, ...props.report.topThemes.map((theme) => theme.needs));

  return (
    <article class="report-sheet" aria-labelledby="report-title">
      <header class="report-sheet__header">
        <p class="report-sheet__network">{t('app.network')}</p>
        <h1 id="report-title">{t('report.title', { year: props.report.year })}</h1>
        <p class="report-sheet__intro">{t('report.intro', { year: props.report.year })}</p>
      </header>

      <ReportSection id="report-network" title={t('report.section.network')}>
        <dl class="report-figures">
          <Figure label="report.figure.municipalities" value={number(props.report.municipalities)} />
          <Figure label="report.figure.needsIdentified" value={number(props.report.needsIdentified)} />
          <Figure label="report.figure.callsCollected" value={number(props.report.callsCollected)} />
          <Figure label="report.figure.officialAnnouncements" value={number(props.report.officialAnnouncements)} />
        </dl>
      </ReportSection>

      <ReportSection id="report-proposals" title={t('report.section.proposals')}>
        <dl class="report-figures">
          <Figure label="report.figure.proposalsStarted" value={number(props.report.proposalsStarted)} />
          <Figure label="report.figure.proposalsSubmitted" value={number(props.report.proposalsSubmitted)} />
          <Figure label="report.figure.proposalsAwarded" value={number(props.report.proposalsAwarded)} />
          <Figure label="report.figure.successRate" value={percent(props.report.successRate)} />
          <Figure label="report.figure.requested" value={money(props.report.requestedCents)} isMoney />
          <Figure label="report.figure.awarded" value={money(props.report.awardedCents)} isMoney />
        </dl>
      </ReportSection>

      <ReportSection id="report-programmes" title={t('report.section.programmes')}>
        <Show when={props.report.byProgramme.length > 0} fallback={<p class="muted">{t('report.programmes.empty')}</p>}>
          <div class="table-wrap">
            <FigureTable
              class="report-table"
              caption={t('report.section.programmes')}
              rowHeading={t('dashboard.column.programme')}
              rows={props.report.byProgramme}
              rowName={(row) => tValue('programme', row.programme)}
              columns={outcomeColumns(['submitted', 'awarded', 'successRate', 'requested', 'secured'])}
            />
          </div>
        </Show>
      </ReportSection>

      <div class="report-columns">
        <ReportSection id="report-themes" title={t('report.section.themes')}>
          <Show when={props.report.topThemes.length > 0} fallback={<p class="muted">{t('report.themes.empty')}</p>}>
            <ol class="report-themes">
              <For each={props.report.topThemes}>
                {(theme) => (
                  <li class="report-themes__item">
                    <span class="report-themes__name">{themeName(theme.theme)}</span>
                    <span class="report-themes__count">{tCount('report.themes.needs', theme.needs)}</span>
                    <span class="report-themes__bar" aria-hidden="true">
                      <span class="report-themes__fill" style={{ width: `${(theme.needs / mostNeeds()) * 100}%` }} />
                    </span>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </ReportSection>

        <ReportSection id="report-knowledge" title={t('report.section.knowledge')}>
          <dl class="report-figures report-figures--two">
            <Figure label="report.figure.goodPractices" value={number(props.report.goodPractices)} />
            <Figure label="report.figure.lessonsShared" value={number(props.report.lessonsShared)} />
          </dl>
        </ReportSection>
      </div>

      <footer class="report-sheet__footer">
        <p>{t('report.definitions')}</p>
        <p>{t('report.asOf', { date: formatDate(new Date(), language()) })}</p>
      </footer>
    </article>
  );
}
