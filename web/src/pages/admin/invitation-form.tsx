import { createAsync, useAction, useSubmission } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { createFormErrors } from '../../components/form-errors.tsx';
import { FormFrame } from '../../components/form-frame.tsx';
import { SelectField, TextField } from '../../components/form-field.tsx';
import { createForgetOnEdit, createSubmitHandler } from '../../components/form-submit.ts';
import { useI18n } from '../../i18n/index.tsx';
import { roles, type CreatedInvitation, type Role } from '../../lib/api-types.ts';
import { formatDateTime } from '../../lib/format.ts';
import { readInvitationForm } from '../../lib/invitation-form.ts';
import { useSession } from '../../session.tsx';
import { createInvitationAction, getMunicipalities } from './admin.data.ts';

/** The one-time link, shown once: the API keeps only its hash, so it must be copied now. */
function CreatedLink(props: { created: CreatedInvitation; onDone: () => void }) {
  const { t, language } = useI18n();
  const [isCopied, setIsCopied] = createSignal(false);
  const copy = async () => {
    await navigator.clipboard.writeText(props.created.url);
    setIsCopied(true);
  };
  return (
    <section class="invitation-link" aria-labelledby="invitation-link-heading">
      <h3 id="invitation-link-heading">{t('admin.invitations.created')}</h3>
      <p>{t('admin.invitations.onlyOnce', { date: formatDateTime(props.created.expiresAt, language()) })}</p>
      <div class="invitation-link__row">
        <label class="visually-hidden" for="invitation-link-url">
          {t('admin.invitations.link')}
        </label>
        <input id="invitation-link-url" class="field__input invitation-link__url" readOnly value={props.created.url} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" class="button button--secondary" onClick={() => void copy()}>
          {t('admin.invitations.copy')}
        </button>
      </div>
      <p role="status" class="invitation-link__status">
        {isCopied() ? t('admin.invitations.copied') : ''}
      </p>
      <button type="button" class="button button--quiet" onClick={() => props.onDone()}>
        {t('admin.invitations.another')}
      </button>
    </section>
  );
}

/** Invites someone by e-mail: admins any role, coordinators municipal officers only (as the API allows). */
export function InvitationForm() {
  const { t, language } = useI18n();
  const session = useSession();
  const municipalities = createAsync(() => getMunicipalities());
  const submission = useSubmission(createInvitationAction);
  const createInvitation = useAction(createInvitationAction);
  const [created, setCreated] = createSignal<CreatedInvitation | null>(null);
  const allowedRoles = (): readonly Role[] => (session.user()?.role === 'admin' ? roles : ['officer']);
  const [role, setRole] = createSignal<Role>('officer');
  const errors = createFormErrors({ idPrefix: 'invitation', fieldOfBodyProperty: { email: 'email', role: 'role', municipality: 'municipality' } });
  const { errorOf } = errors;
  let formHolder: HTMLDivElement | undefined;
  const onSubmit = createSubmitHandler({
    errors,
    read: readInvitationForm,
    isBusy: () => submission.pending,
    save: async ({ invitation }) => {
      setCreated(await createInvitation(invitation));
      submission.clear?.();
    },
  });
  const restart = () => {
    setCreated(null);
    formHolder?.querySelector<HTMLInputElement>('input[name="email"]')?.focus();
  };

  return (
    <div ref={formHolder}>
      <Show
        when={created()}
        fallback={
          <FormFrame
            class="invitation-form"
            headingId="invitation-form-heading"
            heading={t('admin.invitations.new')}
            isHeadingVisible
            errors={errors}
            onSubmit={onSubmit}
            onInput={createForgetOnEdit(errors)}
            isBusy={submission.pending}
            busyLabel={t('admin.invitations.sending')}
            submitLabel={t('admin.invitations.send')}
            cancel={{ href: '/' }}
          >
            <TextField id="invitation-email" name="email" label={t('admin.invitations.email')} error={errorOf('email')} isRequired>
              {(attributes) => <input {...attributes} type="email" inputmode="email" autocomplete="off" spellcheck={false} maxLength={254} />}
            </TextField>
            <SelectField
              id="invitation-role"
              name="role"
              label={t('admin.invitations.role')}
              error={errorOf('role')}
              isRequired
              value={role()}
              onChange={(event) => setRole(event.currentTarget.value as Role)}
            >
              <For each={allowedRoles()}>{(option) => <option value={option}>{t(`role.${option}`)}</option>}</For>
            </SelectField>
            <Show when={role() === 'officer'}>
              <SelectField id="invitation-municipality" name="municipality" label={t('admin.invitations.municipality')} error={errorOf('municipality')} isRequired>
                <option value="">{t('admin.invitations.chooseMunicipality')}</option>
                <For each={municipalities() ?? []}>{(option) => <option value={option.slug}>{language() === 'el' ? option.nameEl : option.name}</option>}</For>
              </SelectField>
            </Show>
          </FormFrame>
        }
      >
        {(invitation) => <CreatedLink created={invitation()} onDone={restart} />}
      </Show>
    </div>
  );
}
