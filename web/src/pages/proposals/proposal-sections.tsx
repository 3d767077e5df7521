import { useAction } from '@solidjs/router';
import { createSignal, createUniqueId, Show } from 'solid-js';
import { BusyButton } from '../../components/busy-button.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Proposal, ProposalSection } from '../../lib/proposal-types.ts';
import { addSectionAction, moveSectionAction, renameSectionAction } from './proposals.data.ts';

/**
 * Under the list of sections, for those who edit: rename or move the open section, or add one the template
 * lacks.
 */
export function SectionTools(props: {
  proposal: Proposal;
  sections: ProposalSection[];
  section: ProposalSection | undefined;
  onAdded: (sectionId: string) => void;
}) {
  const { t } = useI18n();
  const addSection = useAction(addSectionAction);
  const renameSection = useAction(renameSectionAction);
  const moveSection = useAction(moveSectionAction);
  const [open, setOpen] = createSignal<'add' | 'rename' | null>(null);
  const [moving, setMoving] = createSignal(false);
  const [moveFailed, setMoveFailed] = createSignal(false);
  const index = () => (props.section ? props.sections.findIndex((candidate) => candidate.id === props.section!.id) : -1);
  const [announcement, setAnnouncement] = createSignal('');
  let upButton: HTMLButtonElement | undefined;
  let downButton: HTMLButtonElement | undefined;
  const move = async (by: -1 | 1) => {
    const section = props.section;
    if (!section || moving()) return;
    const target = index() + by;
    setMoving(true);
    setMoveFailed(false);
    try {
      await moveSection(props.proposal.id, section.id, target);
      setAnnouncement(t('sections.movedTo', { name: section.title, number: target + 1 }));
      // At an end its own button is disabled and would drop the focus: on to the other one.
      const isAtEnd = by === -1 ? target === 0 : target === props.sections.length - 1;
      (isAtEnd === (by === -1) ? downButton : upButton)?.focus();
    } catch {
      setMoveFailed(true);
    } finally {
      setMoving(false);
    }
  };
  return (
    <div class="section-tools">
      <Show
        when={open()}
        fallback={
          <div class="section-tools__buttons">
            <Show when={props.section}>
              {(section) => (
                <>
                  <button type="button" class="button button--quiet" onClick={() => setOpen('rename')}>
                    {t('sections.rename')}
                  </button>
                  <div class="section-tools__move" role="group" aria-label={t('sections.move')}>
                    <button
                      ref={upButton}
                      type="button"
                      class="button button--quiet"
                      aria-label={t('sections.moveUpNamed', { name: section().title })}
                      disabled={index() <= 0}
                      onClick={() => void move(-1)}
                    >
                      <span aria-hidden="true">↑ </span>
                      {t('sections.moveUp')}
                    </button>
                    <button
                      ref={downButton}
                      type="button"
                      class="button button--quiet"
                      aria-label={t('sections.moveDownNamed', { name: section().title })}
                      disabled={index() < 0 || index() >= props.sections.length - 1}
                      onClick={() => void move(1)}
                    >
                      <span aria-hidden="true">↓ </span>
                      {t('sections.moveDown')}
                    </button>
                  </div>
                </>
              )}
            </Show>
            <button type="button" class="button button--quiet" onClick={() => setOpen('add')}>
              <span aria-hidden="true">+ </span>
              {t('sections.add')}
            </button>
            <Show when={moveFailed()}>
              <p class="inline-error" role="alert">
                {t('sections.moveFailed')}
              </p>
            </Show>
            <p class="visually-hidden" aria-live="polite">
              {announcement()}
            </p>
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
