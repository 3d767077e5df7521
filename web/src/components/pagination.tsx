import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { useI18n } from '../i18n/index.tsx';
import { formatNumber } from '../lib/format.ts';

/** Previous and next links with "page 2 of 5" between them; links, so that every page has an address. */
export function Pagination(props: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const { t, language } = useI18n();
  const format = (value: number) => formatNumber(value, language());
  return (
    <Show when={props.pages > 1}>
      <nav class="pagination" aria-label={t('calls.pagination.label')}>
        <Show
          when={props.page > 1}
          fallback={<span class="pagination__link pagination__link--disabled" aria-hidden="true">← {t('calls.pagination.previous')}</span>}
        >
          <A href={props.hrefFor(props.page - 1)} class="pagination__link" rel="prev" activeClass="" inactiveClass="" end>
            <span aria-hidden="true">← </span>
            {t('calls.pagination.previous')}
          </A>
        </Show>
        <span class="pagination__status" aria-current="page">
          {t('calls.pagination.page', { page: format(props.page), pages: format(props.pages) })}
        </span>
        <Show
          when={props.page < props.pages}
          fallback={<span class="pagination__link pagination__link--disabled" aria-hidden="true">{t('calls.pagination.next')} →</span>}
        >
          <A href={props.hrefFor(props.page + 1)} class="pagination__link" rel="next" activeClass="" inactiveClass="" end>
            {t('calls.pagination.next')}
            <span aria-hidden="true"> →</span>
          </A>
        </Show>
      </nav>
    </Show>
  );
}
