import { createAsync, revalidate, useAction, useNavigate, useSearchParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { InfoNotice } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { MunicipalityRef } from '../../lib/api-types.ts';
import { canWriteNeedsOf } from '../../lib/need-access.ts';
import { useSession } from '../../session.tsx';
import { NeedForm } from './need-form.tsx';
import { createNeedAction, getMunicipalities } from './needs.data.ts';

/** A new need of the officer's municipality, or (admins) of the municipality named by `?municipality=`. */
export default function NewNeedPage() {
  const { t } = useI18n();
  const session = useSession();
  const [searchParams] = useSearchParams<{ municipality?: string }>();
  usePageTitle(() => t('needForm.newTitle'));
  const isOfficer = () => session.user()?.role === 'officer';
  // Officers always write into their own municipality; only admins choose one, through the list's picker.
  const municipalities = createAsync(async () => (isOfficer() ? [] : getMunicipalities()));
  const municipality = (): MunicipalityRef | undefined => {
    const user = session.user();
    if (user?.role === 'officer') return user.municipality ?? undefined;
    return municipalities()?.find((candidate) => candidate.slug === searchParams.municipality);
  };
  const backHref = () => {
    const slug = municipality()?.slug;
    return !isOfficer() && slug ? `/needs?municipality=${encodeURIComponent(slug)}` : '/needs';
  };

  return (
    <div class="page page--narrow">
      <Breadcrumb href={backHref()} label={t('need.back')} />
      <AsyncBoundary refetch={() => revalidate(getMunicipalities.key)}>
        <Show
          when={canWriteNeedsOf(session.user(), municipality()?.id) && municipality()}
          fallback={
            <>
              <PageHeader title={t('needForm.newTitle')} />
              <InfoNotice title={t('needForm.forbidden.title')}>
                <p>{t('needForm.forbidden.body')}</p>
              </InfoNotice>
            </>
          }
        >
          {(target) => <NewNeedForm municipality={target()} backHref={backHref()} />}
        </Show>
      </AsyncBoundary>
    </div>
  );
}

function NewNeedForm(props: { municipality: MunicipalityRef; backHref: string }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const submission = useSubmission(createNeedAction);
  const createNeed = useAction(createNeedAction);
  const name = () => (language() === 'el' ? props.municipality.nameEl : props.municipality.name);

  return (
    <>
      <PageHeader title={t('needForm.newTitle')} intro={t('needForm.intro', { municipality: name() })} />
      <NeedForm
        heading={t('needForm.newTitle')}
        submitLabel={t('needForm.submitNew')}
        cancelHref={props.backHref}
        isBusy={submission.pending ?? false}
        save={(need) => createNeed(props.municipality.slug, need)}
        onSaved={(need) => {
          submission.clear?.();
          navigate(`/needs/${encodeURIComponent(need.id)}`);
        }}
      />
    </>
  );
}
