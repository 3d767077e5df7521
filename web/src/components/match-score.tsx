import { useI18n } from '../i18n/index.tsx';
import { scorePercent } from '../lib/match-reasons.ts';
import { formatPercent } from '../lib/format.ts';

/** How well a call and a need fit, 0..1: the percentage in words and as a bar (the bar only repeats it). */
export function MatchScore(props: { score: number }) {
  const { t, language } = useI18n();
  const percent = () => scorePercent(props.score);
  const level = () => (percent() >= 67 ? 'high' : percent() >= 34 ? 'medium' : 'low');
  return (
    <div class={`match-score match-score--${level()}`}>
      <span class="match-score__label">
        {t('match.score', { percent: formatPercent(percent() / 100, language()) })}
      </span>
      <span class="match-score__bar" aria-hidden="true">
        {/* Set through the style object (CSSOM), which the strict CSP allows, unlike a style attribute. */}
        <span class="match-score__fill" style={{ width: `${percent()}%` }} />
      </span>
    </div>
  );
}
