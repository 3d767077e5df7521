import { createAsync, useAction, useNavigate, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { callFieldOfInput, CallFormFields } from '../../components/call-form-fields.tsx';
import { createFormErrors } from '../../components/form-errors.tsx';
import { FormFrame } from '../../components/form-frame.tsx';
import { describedBy, FieldError } from '../../components/form-field.tsx';
import { createForgetOnEdit, createSubmitHandler } from '../../components/form-submit.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { InfoNotice } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Theme } from '../../lib/api-types.ts';
import { callFieldOfBodyProperty, readCallForm } from '../../lib/call-form.ts';
import { hasRole, rolesThatAddCalls } from '../../lib/roles.ts';
import { useSession } from '../../session.tsx';
import { createCallAction, getThemes } from './new-call.data.ts';

export default function NewCallPage() {
  const { t } = useI18n();
  const session = useSession();
  usePageTitle(() => t('callForm.title'));
  const canAddCalls = () => hasRole(session.user()?.role, rolesThatAddCalls);

  return (
    <div class="page page--narrow">
      <Breadcrumb href="/calls" label={t('call.back')} />
      <PageHeader title={t('callForm.title')} intro={canAddCalls() ? t('callForm.intro') : undefined} />
      <Show
        when={canAddCalls()}
        fallback={
          <InfoNotice title={t('callForm.forbidden.title')}>
            <p>{t('callForm.forbidden.body')}</p>
          </InfoNotice>
        }
      >
        <NewCallForm />
      </Show>
    </div>
  );
}

function NewCallForm() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const submission = useSubmission(createCallAction);
  const submitCall = useAction(createCallAction);
  // null: the themes could not be loaded; the call can still be entered without them.
  const themes = createAsync(() => getThemes().catch((): Theme[] | null => null));
  const errors = createFormErrors({ idPrefix: 'call', fieldOfBodyProperty: callFieldOfBodyProperty });
  const { errorOf, errorIdOf } = errors;
  const onSubmit = createSubmitHandler({
    errors,
    read: readCallForm,
    isBusy: () => submission.pending,
    save: async ({ call: newCall }) => {
      const call = await submitCall(newCall);
      submission.clear?.();
      navigate(`/calls/${encodeURIComponent(call.id)}`);
    },
  });
  const onInput = createForgetOnEdit(errors, callFieldOfInput);

  return (
    <FormFrame
      headingId="new-call-heading"
      heading={t('callForm.title')}
      errors={errors}
      onSubmit={onSubmit}
      onInput={onInput}
      isBusy={submission.pending}
      busyLabel={t('callForm.submitting')}
      submitLabel={t('callForm.submit')}
      cancel={{ href: '/calls' }}
    >
      <CallFormFields errorOf={errorOf} errorIdOf={errorIdOf} clientErrors={errors.clientErrors} themes={themes()}>
        <div class="field">
          <label class="choice choice--with-hint">
            <input
              type="checkbox"
              name="official"
              checked={session.user()?.role === 'liaison'}
              aria-describedby={describedBy('call-official-hint', errorIdOf('official'))}
            />
            <span>
              <span class="choice__label">{t('callForm.officialLabel')}</span>
              <span id="call-official-hint" class="field__hint">
                {t('callForm.officialHint')}
              </span>
            </span>
          </label>
          <FieldError id="call-official-error" message={errorOf('official')} />
        </div>
      </CallFormFields>

    </FormFrame>
  );
}
