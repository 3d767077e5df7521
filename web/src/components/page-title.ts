import { createEffect } from 'solid-js';
import { useI18n } from '../i18n/index.tsx';

/** Keeps the tab title in step with the page and the language. */
export function usePageTitle(title: () => string | undefined): void {
  const { t } = useI18n();
  createEffect(() => {
    const page = title();
    document.title = page ? t('app.pageTitle', { page }) : t('app.name');
  });
}

/**
 * The same as a component, for titles that depend on loaded data: placed inside the
 * Suspense/ErrorBoundary that guards the data, it never reads a resource that has failed.
 */
export function DocumentTitle(props: { title: string }) {
  usePageTitle(() => props.title);
  return null;
}
