import { Show, type JSX } from 'solid-js';
import { useI18n } from '../i18n/index.tsx';
import { isApiError } from '../lib/api.ts';

export function LoadingState(props: { label?: string }) {
  const { t } = useI18n();
  return (
    <div class="loading-state" role="status">
      <span class="spinner" aria-hidden="true" />
      <span>{props.label ?? t('common.loading')}</span>
    </div>
  );
}

interface NoticeProps {
  title: string;
  children?: JSX.Element;
  /** 3 inside a section that has its own heading. */
  headingLevel?: 2 | 3;
}

/** A boxed message under its own title. */
function Notice(props: NoticeProps & { kind: 'empty' | 'info' }) {
  return (
    <div class={`notice notice--${props.kind}`}>
      <Show when={props.headingLevel === 3} fallback={<h2 class="notice__title">{props.title}</h2>}>
        <h3 class="notice__title">{props.title}</h3>
      </Show>
      {props.children}
    </div>
  );
}

export function EmptyState(props: NoticeProps) {
  return <Notice kind="empty" {...props} />;
}

/** A calm explanation, e.g. for content the user may not see. */
export function InfoNotice(props: NoticeProps) {
  return <Notice kind="info" {...props} />;
}

export function ErrorState(props: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useI18n();
  const body = () => (isApiError(props.error, 0) ? t('common.error.network') : t('common.error.body'));
  const requestId = () => (isApiError(props.error) ? props.error.requestId : undefined);
  return (
    <div class="notice notice--error" role="alert">
      <h2 class="notice__title">{props.title ?? t('common.error.title')}</h2>
      <p>{body()}</p>
      <Show when={requestId()}>
        {(id) => <p class="notice__meta">{t('common.error.requestId', { id: id() })}</p>}
      </Show>
      <Show when={props.onRetry}>
        {(retry) => (
          <button type="button" class="button button--secondary" onClick={() => retry()()}>
            {t('common.retry')}
          </button>
        )}
      </Show>
    </div>
  );
}
