import { useI18n } from '../i18n/index.tsx';

/** Three linked circles: member cities joined in one network. Decorative; the name is beside it. */
export function Logo(props: { class?: string }) {
  return (
    <svg class={props.class} viewBox="0 0 40 40" width="40" height="40" aria-hidden="true">
      <rect width="40" height="40" rx="10" fill="#0b4f6c" />
      <path d="M14 15 L26 15 L20 26 Z" fill="none" stroke="#8fd3d1" stroke-width="2" stroke-linejoin="round" />
      <circle cx="14" cy="15" r="5" fill="#ffffff" />
      <circle cx="26" cy="15" r="5" fill="#8fd3d1" />
      <circle cx="20" cy="26" r="5" fill="#ffffff" />
    </svg>
  );
}

/** The logo with the app's name and the network's beside it, inside the `.brand` that holds them. */
export function LogoWithName() {
  const { t } = useI18n();
  return (
    <>
      <Logo class="brand__logo" />
      <span class="brand__text">
        <span class="brand__name">{t('app.name')}</span>
        <span class="brand__network">{t('app.network')}</span>
      </span>
    </>
  );
}
