import { createAsync, revalidate, useAction } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { BusyButton } from '../../components/busy-button.tsx';
import { FormActions } from '../../components/form-frame.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import { formatShortDate, toIsoString } from '../../lib/format.ts';
import type { PersonRef, Proposal, ProposalTask } from '../../lib/proposal-types.ts';
import { readTaskForm, taskDueDateInput } from '../../lib/task-form.ts';
import { createTaskAction, deleteTaskAction, getProposalPeople, getProposalTasks, updateTaskAction } from './proposals.data.ts';

/** What went wrong with one task; kept by the list, since reading the tasks again builds their items anew. */
interface TaskNotice {
  taskId: string;
  message: string;
}

/** The proposal's checklist: what is still to do (a council decision, partner letters), by whom and when. */
export function ProposalTasks(props: { proposal: Proposal }) {
  const { t } = useI18n();
  const id = () => props.proposal.id;
  const tasks = createAsync(() => getProposalTasks(id()));
  const people = createAsync(() => getProposalPeople(id()));
  const canEdit = () => props.proposal.access === 'edit';
  const [editingId, setEditingId] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<TaskNotice | null>(null);
  /** A stale version: the task is read again and the page says why what was sent did not count. */
  const reloadAfterConflict = (taskId: string) => {
    setNotice({ taskId, message: t('tasks.conflict') });
    void revalidate(getProposalTasks.keyFor(id()));
  };

  return (
    <section class="proposal-tasks" aria-labelledby="proposal-tasks-title">
      <h2 id="proposal-tasks-title" class="panel-title visually-hidden">
        {t('proposal.panel.tasks')}
      </h2>
      <AsyncBoundary refetch={() => revalidate([getProposalTasks.keyFor(id()), getProposalPeople.keyFor(id())])}>
        <Show when={(tasks()?.length ?? 0) > 0} fallback={<p class="panel-empty">{t('tasks.empty')}</p>}>
          <ul class="task-list">
            <For each={tasks()}>
              {(task) => (
                <TaskItem
                  proposalId={id()}
                  task={task}
                  people={people() ?? []}
                  canEdit={canEdit()}
                  isEditing={editingId() === task.id}
                  notice={notice()?.taskId === task.id ? notice()?.message : undefined}
                  onEdit={(isEditing) => {
                    setNotice(null);
                    setEditingId(isEditing ? task.id : null);
                  }}
                  onNotice={(message) => setNotice(message ? { taskId: task.id, message } : null)}
                  onConflict={() => reloadAfterConflict(task.id)}
                />
              )}
            </For>
          </ul>
        </Show>
        <Show when={canEdit()}>
          <TaskForm proposalId={id()} people={people() ?? []} />
        </Show>
      </AsyncBoundary>
    </section>
  );
}

function TaskItem(props: {
  proposalId: string;
  task: ProposalTask;
  people: PersonRef[];
  canEdit: boolean;
  isEditing: boolean;
  notice: string | undefined;
  onEdit: (isEditing: boolean) => void;
  onNotice: (message: string | null) => void;
  onConflict: () => void;
}) {
  const { t, language } = useI18n();
  const updateTask = useAction(updateTaskAction);
  const deleteTask = useAction(deleteTaskAction);
  const toggle = async (input: HTMLInputElement) => {
    props.onNotice(null);
    try {
      await updateTask(props.proposalId, props.task.id, { version: props.task.version, done: input.checked });
    } catch (error) {
      input.checked = props.task.done;
      if (isApiError(error, 409)) props.onConflict();
      else props.onNotice(t('tasks.failed'));
    }
  };
  return (
    <li class="task" classList={{ 'task--done': props.task.done }}>
      <Show
        when={props.isEditing}
        fallback={
          <>
            <label class="task__check">
              <input type="checkbox" checked={props.task.done} disabled={!props.canEdit} onChange={(event) => void toggle(event.currentTarget)} />
              <span class="task__title">{props.task.title}</span>
            </label>
            <span class="task__meta">
              <Show when={props.task.assignee}>{(person) => <span>{person().name}</span>}</Show>
              <Show when={props.task.dueAt}>
                {(due) => <time datetime={toIsoString(due())}>{t('tasks.due', { date: formatShortDate(due(), language()) })}</time>}
              </Show>
            </span>
            <Show when={props.canEdit}>
              <div class="task__actions">
                <button
                  type="button"
                  class="button button--quiet"
                  aria-label={t('tasks.editNamed', { name: props.task.title })}
                  onClick={() => props.onEdit(true)}
                >
                  {t('tasks.edit')}
                </button>
                <ConfirmButton
                  label={t('tasks.delete')}
                  accessibleLabel={t('tasks.deleteNamed', { name: props.task.title })}
                  question={t('tasks.deleteQuestion')}
                  confirmLabel={t('tasks.delete')}
                  busyLabel={t('tasks.deleting')}
                  failedMessage={t('tasks.failed')}
                  onConfirm={() => deleteTask(props.proposalId, props.task.id)}
                />
              </div>
            </Show>
          </>
        }
      >
        <TaskForm
          proposalId={props.proposalId}
          people={props.people}
          task={props.task}
          onDone={() => props.onEdit(false)}
          onConflict={props.onConflict}
        />
      </Show>
      <Show when={props.notice}>
        {(message) => (
          <p class="inline-error" role="alert">
            {message()}
          </p>
        )}
      </Show>
    </li>
  );
}

/** A new task, or with `task` that task edited in place (sent with the version it was read at). */
function TaskForm(props: { proposalId: string; people: PersonRef[]; task?: ProposalTask; onDone?: () => void; onConflict?: () => void }) {
  const { t } = useI18n();
  const createTask = useAction(createTaskAction);
  const updateTask = useAction(updateTaskAction);
  const [isBusy, setIsBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<{ field: 'title' | 'dueAt' | null; message: string } | null>(null);
  // Ids of their own: the form of the task being edited sits on the page beside the new-task form.
  const idOf = (name: string) => (props.task ? `task-${props.task.id}-${name}` : `task-${name}`);
  const submit = async (form: HTMLFormElement) => {
    const reading = readTaskForm(new FormData(form));
    if (!reading.isValid) {
      setProblem({ field: reading.invalid, message: t(reading.invalid === 'title' ? 'tasks.titleRequired' : 'tasks.dueInvalid') });
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setProblem(null);
    setIsBusy(true);
    try {
      if (props.task) await updateTask(props.proposalId, props.task.id, { version: props.task.version, ...reading.task });
      else {
        await createTask(props.proposalId, reading.task);
        form.reset();
      }
      props.onDone?.();
    } catch (error) {
      if (isApiError(error, 409) && props.onConflict) props.onConflict();
      else setProblem({ field: null, message: t('tasks.failed') });
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <form
      class="task-form"
      classList={{ 'task-form--edit': Boolean(props.task) }}
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!isBusy()) void submit(event.currentTarget);
      }}
    >
      <label class="field__label" for={idOf('title')}>
        {props.task ? t('tasks.titleLabel') : t('tasks.new')}
      </label>
      <input
        id={idOf('title')}
        name="title"
        class="field__input"
        type="text"
        maxLength={300}
        value={props.task?.title ?? ''}
        aria-invalid={problem()?.field === 'title' ? 'true' : undefined}
      />
      <div class="task-form__row">
        <label class="visually-hidden" for={idOf('assignee')}>
          {t('tasks.assignee')}
        </label>
        <select id={idOf('assignee')} name="assignee" class="field__input">
          <option value="">{t('tasks.unassigned')}</option>
          <For each={props.people}>
            {(person) => (
              <option value={person.id} selected={person.id === props.task?.assigneeUserId}>
                {person.name}
              </option>
            )}
          </For>
        </select>
        <label class="visually-hidden" for={idOf('due')}>
          {t('tasks.dueDate')}
        </label>
        <input
          id={idOf('due')}
          name="dueAt"
          class="field__input"
          type="date"
          value={taskDueDateInput(props.task?.dueAt ?? null)}
          aria-invalid={problem()?.field === 'dueAt' ? 'true' : undefined}
        />
      </div>
      <Show when={problem()}>
        {(current) => (
          <p class="inline-error" role="alert">
            {current().message}
          </p>
        )}
      </Show>
      <Show
        when={props.task}
        fallback={
          <BusyButton type="submit" class="button button--secondary" isBusy={isBusy()} busyLabel={t('tasks.adding')}>
            {t('tasks.add')}
          </BusyButton>
        }
      >
        <FormActions
          class="task-form__actions"
          isBusy={isBusy()}
          busyLabel={t('tasks.saving')}
          submitLabel={t('tasks.save')}
          cancel={{ onClick: () => props.onDone?.() }}
        />
      </Show>
    </form>
  );
}
