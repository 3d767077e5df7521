import { For, Match, Switch } from 'solid-js';
import { useI18n } from '../i18n/index.tsx';
import type { MatchReason, Theme } from '../lib/api-types.ts';
import { listReasons, type ReasonMessage } from '../lib/match-reasons.ts';

/** Why a call and a need fit (or do not), each reason marked as speaking for or against the match. */
export function MatchReasons(props: {
  reasons: string[] | undefined;
  details: MatchReason[] | undefined;
  themes: Theme[];
  /** Names the list for screen readers, e.g. "Why it fits: <call title>". */
  label: string;
}) {
  const { t, tCount, tValue, language } = useI18n();
  const themeName = (slug: string) => {
    const theme = props.themes.find((candidate) => candidate.slug === slug);
    if (!theme) return slug;
    return language() === 'el' ? theme.nameEl : theme.name;
  };
  const shown = () =>
    listReasons(
      { reasons: props.reasons, details: props.details },
      {
        language: language(),
        theme: themeName,
        applicant: (kind) => tValue('applicant', kind),
        programme: (slug) => tValue('programme', slug),
      },
    );
  const textOf = (message: ReasonMessage) =>
    'countKey' in message ? tCount(message.countKey, message.count, message.params) : t(message.key, message.params);
  const symbolOf = { for: '✓', against: '✗', neutral: '•' } as const;

  return (
    <ul class="match-reasons" aria-label={props.label}>
      <For each={shown()}>
        {(reason) => (
          <li class={`match-reason match-reason--${reason.tone}`}>
            <span class="match-reason__symbol" aria-hidden="true">
              {symbolOf[reason.tone]}
            </span>
            <Switch>
              <Match when={'message' in reason && reason.message}>{(message) => textOf(message())}</Match>
              <Match when={'text' in reason && reason.text}>{(text) => <span lang="en">{text()}</span>}</Match>
            </Switch>
            {/* The symbol is hidden from screen readers; say against-reasons in words instead. */}
            {reason.tone === 'against' ? <span class="visually-hidden"> ({t('match.reason.against')})</span> : null}
          </li>
        )}
      </For>
    </ul>
  );
}
