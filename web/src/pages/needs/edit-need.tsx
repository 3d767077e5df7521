import { createAsync, revalidate, useAction, useNavigate, useParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { DetailPage } from '../../components/detail-page.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DocumentTitle } from '../../components/page-title.ts';
import { InfoNotice } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Need } from '../../lib/api-types.ts';
import { canWriteNeedsOf } from '../../lib/need-access.ts';
import { useSession } from '../../session.tsx';
import { NeedForm } from './need-form.tsx';
import { getNeed, updateNeedAction } from './needs.data.ts';

export default function EditNeedPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const need = createAsync(() => getNeed(params.id));

  return (
    <DetailPage
      backHref={`/needs/${encodeURIComponent(params.id)}`}
      backLabel={t('needForm.backToNeed')}
      errorTitle={t('needForm.editTitle')}
      notFoundTitle={t('need.notFound.title')}
      notFoundBody={t('need.notFound.body')}
      refetch={() => revalidate(getNeed.keyFor(params.id))}
    >
      <Show when={need()}>{(value) => <EditNeed need={value()} />}</Show>
    </DetailPage>
  );
}

function EditNeed(props: { need: Need }) {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const submission = useSubmission(updateNeedAction);
  const updateNeed = useAction(updateNeedAction);
  const needHref = () => `/needs/${encodeURIComponent(props.need.id)}`;

  return (
    <div class="page--narrow">
      <DocumentTitle title={t('needForm.editTitle')} />
      <PageHeader title={t('needForm.editTitle')} intro={props.need.title} />
      <Show
        when={canWriteNeedsOf(session.user(), props.need.municipalityId)}
        fallback={
          <InfoNotice title={t('needForm.forbidden.title')}>
            <p>{t('needForm.forbidden.body')}</p>
          </InfoNotice>
        }
      >
        <NeedForm
          need={props.need}
          heading={t('needForm.editTitle')}
          submitLabel={t('needForm.submitEdit')}
          cancelHref={needHref()}
          isBusy={submission.pending ?? false}
          save={(need) => updateNeed(props.need.id, need)}
          onSaved={() => {
            submission.clear?.();
            navigate(needHref());
          }}
        />
      </Show>
    </div>
  );
}
