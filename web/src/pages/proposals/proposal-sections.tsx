import { useAction } from '@solidjs/router';
import { createSignal, createUniqueId, Show } from 'solid-js';
import { BusyButton } from '../../components/busy-button.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Proposal, ProposalSection } from '../../lib/proposal-types.ts';
import { addSectionAction, renameSectionAction } from './proposals.data.ts';

/** Under the list of sections, for those who edit: rename the open section, or add one the template lacks. */
export function SectionTools(props: { proposal: Proposal; section: ProposalSection | undefined; onAdded: (sectionId: string) => void }) {
  const { t } = useI18n();
  const addSection = useAction(addSectionAction);
  const renameSection = useAction(renameSectionAction);
  const [open, setOpen] = createSignal<'add' | 'rename' | null>(null);
  return (
    <div class="section-tools">
      <Show
        when={open()}
        fallback={
          <div class="section-tools__buttons">
            <Show when={props.section}>
              <button type="button" class="button button--quiet" onClick={() => setOpen('rename')}>
                {t('sections.rename')}
              </button>
            </Show>
            <button type="button" class="button button--quiet" onClick={() => setOpen('add')}>
              <span aria-hidden="true">+ </span>
              {t('sections.add')}
            </button>
          </div>
        }
      >
        {(mode) => (
          <Show
            when={mode() === 'rename' && props.section}
            fallback={
              <SectionTitleForm
                label={t('sections.newTitle')}
                initial=""
                submitLabel={t('sections.add')}
                onCancel={() => setOpen(null)}
                onSave={async (title) => {
                  const added = await addSection(props.proposal.id, title);
                  setOpen(null);
                  props.onAdded(added.id);
                }}
              />
            }
          >
            {(section) => (
              <SectionTitleForm
                label={t('sections.titleOf')}
                initial={section().title}
                submitLabel={t('sections.save')}
                onCancel={() => setOpen(null)}
                onSave={async (title) => {
                  await renameSection(props.proposal.id, section().id, title);
                  setOpen(null);
                }}
              />
            )}
          </Show>
        )}
      </Show>
    </div>
  );
}

function SectionTitleForm(props: {
  label: string;
  initial: string;
  submitLabel: string;
  onSave: (title: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = createUniqueId();
  const [isBusy, setIsBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<{ isTitleMissing: boolean; message: string } | null>(null);
  const submit = async (form: HTMLFormElement) => {
    const title = String(new FormData(form).get('title') ?? '').trim();
    if (!title) {
      setProblem({ isTitleMissing: true, message: t('sections.titleRequired') });
      form.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
      return;
    }
    setProblem(null);
    setIsBusy(true);
    try {
      await props.onSave(title);
    } catch {
      setProblem({ isTitleMissing: false, message: t('sections.failed') });
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <form
      class="section-tools__form"
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!isBusy()) void submit(event.currentTarget);
      }}
    >
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <input
        id={id}
        name="title"
        class="field__input"
        type="text"
        maxLength={300}
        value={props.initial}
        aria-invalid={problem()?.isTitleMissing ? 'true' : undefined}
        ref={(input) => requestAnimationFrame(() => input.focus())}
      />
      <Show when={problem()}>
        {(current) => (
          <p class="inline-error" role="alert">
            {current().message}
          </p>
        )}
      </Show>
      <div class="section-tools__buttons">
        <BusyButton type="submit" class="button button--secondary" isBusy={isBusy()} busyLabel={t('sections.saving')}>
          {props.submitLabel}
        </BusyButton>
        <button type="button" class="button button--quiet" onClick={() => props.onCancel()}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
