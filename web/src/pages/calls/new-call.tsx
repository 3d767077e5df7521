import { A, createAsync, useAction, useNavigate, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { BusyButton } from '../../components/busy-button.tsx';
import { callFieldOfInput, CallFormFields } from '../../components/call-form-fields.tsx';
import { createFormErrors, FormErrorAlert } from '../../components/form-errors.tsx';
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
    <form
      class="form form--wide"
      method="post"
      novalidate
      aria-labelledby="new-call-heading"
      onSubmit={(event) => void onSubmit(event)}
      onInput={onInput}
      onChange={onInput}
    >
      <h2 id="new-call-heading" class="visually-hidden">
        {t('callForm.title')}
      </h2>
      <FormErrorAlert failure={errors.failure()} generalErrors={errors.generalErrors()} />

      <p class="form__note">{t('form.requiredNote')}</p>

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

      <div class="form__actions">
        <BusyButton
          type="submit"
          class="button button--primary"
          isBusy={submission.pending}
          busyLabel={t('callForm.submitting')}
        >
          {t('callForm.submit')}
        </BusyButton>
        <A href="/calls" class="button button--quiet" end activeClass="" inactiveClass="">
          {t('common.cancel')}
        </A>
      </div>
    </form>
  );
}
