import { A, createAsync, revalidate, useAction, useSearchParams, useSubmission } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { BusyButton } from '../../components/busy-button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { focusFirstError, FormErrorAlert } from '../../components/form-errors.tsx';
import { TextField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { EmptyState, InfoNotice } from '../../components/status.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import { rolesThatEditTemplates } from '../../lib/proposal-roles.ts';
import { hasRole } from '../../lib/roles.ts';
import {
  checkSections,
  maxSections,
  moveSection,
  newSectionKey,
  sectionFields,
  sortSectionIssues,
  trimSections,
  type ProposalTemplateDetail,
  type SectionField,
  type SectionFieldId,
  type TemplateSection,
} from '../../lib/template-editor.ts';
import { useSession } from '../../session.tsx';
import { getProposalTemplates, saveTemplateAction } from './templates.data.ts';

/** The coordination team's templates: the sections, with guidance, that a new proposal starts with. */
export default function ProposalTemplatesPage() {
  const { t, tCount, language } = useI18n();
  const session = useSession();
  const [searchParams] = useSearchParams<{ key?: string }>();
  usePageTitle(() => t('templates.title'));
  const canEdit = () => hasRole(session.user()?.role, rolesThatEditTemplates);
  const templates = createAsync(() => getProposalTemplates());
  const selected = () => {
    const list = templates() ?? [];
    return list.find((template) => template.key === searchParams.key) ?? list[0];
  };
  const nameOf = (template: ProposalTemplateDetail) => (language() === 'el' ? template.nameEl : template.name);

  return (
    <div class="page">
      <Breadcrumb href="/proposals" label={t('templates.back')} />
      <PageHeader title={t('templates.title')} intro={t('templates.intro')} />
      <Show
        when={canEdit()}
        fallback={
          <InfoNotice title={t('templates.forbidden.title')}>
            <p>{t('templates.forbidden.body')}</p>
            <p>
              <A href="/proposals" class="button button--secondary" activeClass="" inactiveClass="" end>
                {t('templates.forbidden.link')}
              </A>
            </p>
          </InfoNotice>
        }
      >
        <AsyncBoundary refetch={() => revalidate(getProposalTemplates.key)}>
          <div class="template-workspace">
            <nav class="template-picker" aria-label={t('templates.list')}>
              <ul class="template-picker__list">
                <For each={templates()}>
                  {(template) => (
                    <li>
                      {/* A plain link, which the router still handles: <A> would mark all four current, the path being the same. */}
                      <a
                        href={`/proposals/templates?key=${encodeURIComponent(template.key)}`}
                        class="template-picker__link"
                        aria-current={selected()?.key === template.key ? 'page' : undefined}
                      >
                        <span class="template-picker__name">{nameOf(template)}</span>
                        <span class="template-picker__count">{tCount('templates.sectionCount', template.sections.length)}</span>
                      </a>
                    </li>
                  )}
                </For>
              </ul>
            </nav>
            {/* Keyed by the template's key: saving reloads the list, and the draft being edited must stay. */}
            <Show when={selected()?.key} keyed>
              {(key) => (
                <Show when={templates()?.find((template) => template.key === key)}>
                  {(template) => <TemplateEditor template={template()} />}
                </Show>
              )}
            </Show>
          </div>
        </AsyncBoundary>
      </Show>
    </div>
  );
}

/** A section being edited; `id` stays with it while it moves, for its fields' ids and its errors. */
type DraftSection = TemplateSection & { id: number };
type ErrorId = `${number}.${SectionField}`;

const nameFields = ['nameEl', 'name'] as const;
type NameField = (typeof nameFields)[number];
const nameLabel: Record<NameField, MessageKey> = { nameEl: 'templates.field.nameEl', name: 'templates.field.name' };

const fieldLabel: Record<SectionField, MessageKey> = {
  titleEl: 'templates.field.titleEl',
  title: 'templates.field.title',
  guidanceEl: 'templates.field.guidanceEl',
  guidance: 'templates.field.guidance',
};

function TemplateEditor(props: { template: ProposalTemplateDetail }) {
  const { t, language } = useI18n();
  let nextId = 0;
  const [sections, setSections] = createStore<DraftSection[]>(props.template.sections.map((section) => ({ ...section, id: nextId++ })));
  const [names, setNames] = createStore({ nameEl: props.template.nameEl, name: props.template.name });
  const [nameErrors, setNameErrors] = createSignal<Partial<Record<NameField, string>>>({});
  const [errors, setErrors] = createSignal<Partial<Record<ErrorId, string>>>({});
  const [failure, setFailure] = createSignal<MessageKey | null>(null);
  const [generalErrors, setGeneralErrors] = createSignal<string[]>([]);
  const [isSaved, setIsSaved] = createSignal(false);
  const [announcement, setAnnouncement] = createSignal('');
  const submission = useSubmission(saveTemplateAction);
  const saveTemplate = useAction(saveTemplateAction);
  let form: HTMLFormElement | undefined;
  let addButton: HTMLButtonElement | undefined;

  const fieldId = (id: number, field: SectionField) => `template-section-${id}-${field}`;
  const nameOf = (section: TemplateSection) => (language() === 'el' ? section.titleEl : section.title).trim() || t('templates.untitled');
  /** The errors of the sections at these positions, moved over to the sections themselves. */
  const byId = (byIndex: Partial<Record<SectionFieldId, string>>) => {
    const result: Partial<Record<ErrorId, string>> = {};
    for (const [at, message] of Object.entries(byIndex) as [SectionFieldId, string][]) {
      const [index, field] = at.split('.') as [string, SectionField];
      const section = sections[Number(index)];
      if (section) result[`${section.id}.${field}`] = message;
    }
    return result;
  };

  const edit = (index: number, field: SectionField, value: string) => {
    setSections(index, field, value);
    setIsSaved(false);
    const errorId: ErrorId = `${sections[index]!.id}.${field}`;
    if (errors()[errorId]) setErrors(({ [errorId]: _, ...rest }) => rest);
  };

  const editName = (field: NameField, value: string) => {
    setNames(field, value);
    setIsSaved(false);
    if (nameErrors()[field]) setNameErrors(({ [field]: _, ...rest }) => rest);
  };

  const move = (index: number, delta: -1 | 1) => {
    const section = sections[index]!;
    setSections(moveSection(unwrap(sections), index, delta));
    setIsSaved(false);
    setAnnouncement(t('templates.movedTo', { name: nameOf(section), number: index + delta + 1 }));
    // The buttons moved with their section: keep the focus on the same one, or on the other once at an end.
    const isAtEnd = delta === -1 ? index + delta === 0 : index + delta === sections.length - 1;
    const own = delta === -1 ? 'up' : 'down';
    const direction = isAtEnd ? (own === 'up' ? 'down' : 'up') : own;
    requestAnimationFrame(() => document.getElementById(`template-section-${section.id}-${direction}`)?.focus());
  };

  const add = () => {
    const id = nextId++;
    const key = newSectionKey(sections.map((section) => section.key));
    setSections(sections.length, { id, key, title: '', titleEl: '', guidance: '', guidanceEl: '' });
    setIsSaved(false);
    requestAnimationFrame(() => document.getElementById(fieldId(id, 'titleEl'))?.focus());
  };

  const remove = (index: number) => {
    setSections((list) => list.filter((_, at) => at !== index));
    setIsSaved(false);
    // The focus was in the removed section: on to the one that took its place, or to "add".
    const next = sections[index];
    requestAnimationFrame(() => (next ? document.getElementById(fieldId(next.id, 'titleEl')) : addButton)?.focus());
    return Promise.resolve();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submission.pending) return;
    setFailure(null);
    setGeneralErrors([]);
    setIsSaved(false);
    const problems = checkSections(sections);
    const missingNames: Partial<Record<NameField, string>> = {};
    for (const field of nameFields) if (!names[field].trim()) missingNames[field] = t('templates.error.nameRequired');
    setNameErrors(missingNames);
    if (Object.keys(problems).length > 0 || Object.keys(missingNames).length > 0) {
      const messages: Partial<Record<SectionFieldId, string>> = {};
      for (const [at, problem] of Object.entries(problems) as [SectionFieldId, 'required' | 'tooLong'][])
        messages[at] = t(problem === 'required' ? 'templates.error.required' : 'templates.error.tooLong');
      setErrors(byId(messages));
      setFailure('form.error.summary');
      focusFirstError(form);
      return;
    }
    setErrors({});
    try {
      const saved = await saveTemplate(props.template.key, {
        name: names.name.trim(),
        nameEl: names.nameEl.trim(),
        sections: trimSections(sections),
      });
      setSections((list) => saved.sections.map((section, index) => ({ ...section, id: list[index]?.id ?? nextId++ })));
      setIsSaved(true);
    } catch (error) {
      if (isApiError(error, 400)) {
        const { byField, general } = sortSectionIssues(error.issues);
        const rejected: Partial<Record<SectionFieldId, string>> = {};
        for (const [at, message] of Object.entries(byField) as [SectionFieldId, string][]) rejected[at] = t('form.error.rejected', { message });
        setErrors(byId(rejected));
        setGeneralErrors(error.issues.length > 0 ? general : [error.message]);
        setFailure(Object.keys(byField).length > 0 ? 'form.error.summary' : 'form.error.invalid');
      } else if (isApiError(error, 403)) setFailure('form.error.forbidden');
      else if (isApiError(error, 0)) setFailure('common.error.network');
      else setFailure('form.error.generic');
      focusFirstError(form);
    }
  };

  return (
    <form
      ref={form}
      class="form template-editor"
      novalidate
      aria-labelledby="template-editor-title"
      onSubmit={(event) => void submit(event)}
    >
      <h2 id="template-editor-title" class="template-editor__title">
        {t('templates.editing', { name: language() === 'el' ? props.template.nameEl : props.template.name })}
      </h2>
      <fieldset class="template-editor__names">
        <legend class="field__label">{t('templates.names')}</legend>
        <For each={nameFields}>
          {(field) => (
            <TextField id={`template-${field}`} name={field} label={t(nameLabel[field])} isRequired error={nameErrors()[field]}>
              {(attributes) => (
                <input {...attributes} type="text" maxLength={200} value={names[field]} onInput={(event) => editName(field, event.currentTarget.value)} />
              )}
            </TextField>
          )}
        </For>
      </fieldset>
      <Show
        when={sections.length > 0}
        fallback={
          <EmptyState title={t('templates.empty.title')} headingLevel={3}>
            <p>{t('templates.empty.body')}</p>
          </EmptyState>
        }
      >
        <ol class="template-sections">
          <For each={sections}>
            {(section, index) => (
              <li class="card template-section">
                <fieldset class="template-section__fieldset">
                  <legend class="template-section__legend">
                    {t('templates.section.legend', { number: index() + 1 })}
                    <span class="template-section__name">{nameOf(section)}</span>
                  </legend>
                  <div class="template-section__fields">
                    <For each={sectionFields}>
                      {(field) => (
                        <TextField
                          id={fieldId(section.id, field)}
                          name={field}
                          label={t(fieldLabel[field])}
                          isRequired={field === 'title' || field === 'titleEl'}
                          error={errors()[`${section.id}.${field}`]}
                        >
                          {(attributes) =>
                            field === 'title' || field === 'titleEl' ? (
                              <input
                                {...attributes}
                                type="text"
                                maxLength={200}
                                value={section[field]}
                                onInput={(event) => edit(index(), field, event.currentTarget.value)}
                              />
                            ) : (
                              <textarea
                                {...attributes}
                                rows={3}
                                maxLength={2000}
                                value={section[field]}
                                onInput={(event) => edit(index(), field, event.currentTarget.value)}
                              />
                            )
                          }
                        </TextField>
                      )}
                    </For>
                  </div>
                  <div class="template-section__actions">
                    <button
                      id={`template-section-${section.id}-up`}
                      type="button"
                      class="button button--quiet"
                      disabled={index() === 0}
                      aria-label={t('templates.moveUpNamed', { name: nameOf(section) })}
                      onClick={() => move(index(), -1)}
                    >
                      <span aria-hidden="true">↑ </span>
                      {t('templates.moveUp')}
                    </button>
                    <button
                      id={`template-section-${section.id}-down`}
                      type="button"
                      class="button button--quiet"
                      disabled={index() === sections.length - 1}
                      aria-label={t('templates.moveDownNamed', { name: nameOf(section) })}
                      onClick={() => move(index(), 1)}
                    >
                      <span aria-hidden="true">↓ </span>
                      {t('templates.moveDown')}
                    </button>
                    <ConfirmButton
                      class="template-section__remove"
                      label={t('templates.remove')}
                      accessibleLabel={t('templates.removeNamed', { name: nameOf(section) })}
                      question={t('templates.removeQuestion', { name: nameOf(section) })}
                      confirmLabel={t('templates.removeYes')}
                      busyLabel={t('templates.removeYes')}
                      failedMessage={t('form.error.generic')}
                      onConfirm={() => remove(index())}
                    />
                  </div>
                </fieldset>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <p class="visually-hidden" aria-live="polite">
        {announcement()}
      </p>
      <div>
        <button
          ref={addButton}
          type="button"
          class="button button--secondary"
          disabled={sections.length >= maxSections}
          aria-describedby="template-add-hint"
          onClick={add}
        >
          <span aria-hidden="true">+ </span>
          {t('templates.add')}
        </button>
        <p id="template-add-hint" class="field__hint template-editor__hint">
          {t('templates.addHint', { count: maxSections })}
        </p>
      </div>
      <FormErrorAlert failure={failure()} generalErrors={generalErrors()} />
      <p class="form__success" role="status">
        {isSaved() ? t('templates.saved') : ''}
      </p>
      <div class="form__actions">
        <BusyButton type="submit" class="button button--primary" isBusy={submission.pending} busyLabel={t('templates.saving')}>
          {t('templates.save')}
        </BusyButton>
      </div>
    </form>
  );
}
