import { createAsync, revalidate, useAction } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { BusyButton } from '../../components/busy-button.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import { athensDateTimeToUtcIso } from '../../lib/athens-time.ts';
import { formatShortDate, toIsoString } from '../../lib/format.ts';
import type { Proposal, ProposalTask } from '../../lib/proposal-types.ts';
import { createTaskAction, getProposalPeople, getProposalTasks, updateTaskAction } from './proposals.data.ts';

/** The proposal's checklist: what is still to do (a council decision, partner letters), by whom and when. */
export function ProposalTasks(props: { proposal: Proposal }) {
  const { t } = useI18n();
  const id = () => props.proposal.id;
  const tasks = createAsync(() => getProposalTasks(id()));
  const people = createAsync(() => getProposalPeople(id()));
  const canEdit = () => props.proposal.access === 'edit';

  return (
    <section class="proposal-tasks" aria-labelledby="proposal-tasks-title">
      <h2 id="proposal-tasks-title" class="panel-title visually-hidden">
        {t('proposal.panel.tasks')}
      </h2>
      <AsyncBoundary refetch={() => revalidate([getProposalTasks.keyFor(id()), getProposalPeople.keyFor(id())])}>
        <Show when={(tasks()?.length ?? 0) > 0} fallback={<p class="panel-empty">{t('tasks.empty')}</p>}>
          <ul class="task-list">
            <For each={tasks()}>{(task) => <TaskItem proposalId={id()} task={task} canEdit={canEdit()} />}</For>
          </ul>
        </Show>
        <Show when={canEdit()}>
          <NewTaskForm proposalId={id()} people={people() ?? []} />
        </Show>
      </AsyncBoundary>
    </section>
  );
}

function TaskItem(props: { proposalId: string; task: ProposalTask; canEdit: boolean }) {
  const { t, language } = useI18n();
  const updateTask = useAction(updateTaskAction);
  const [problem, setProblem] = createSignal<string | null>(null);
  const toggle = async (input: HTMLInputElement) => {
    setProblem(null);
    try {
      await updateTask(props.proposalId, props.task.id, { version: props.task.version, done: input.checked });
    } catch (error) {
      input.checked = props.task.done;
      setProblem(isApiError(error, 409) ? t('tasks.conflict') : t('tasks.failed'));
      if (isApiError(error, 409)) void revalidate(getProposalTasks.keyFor(props.proposalId));
    }
  };
  return (
    <li class="task" classList={{ 'task--done': props.task.done }}>
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
      <Show when={problem()}>
        {(message) => (
          <p class="inline-error" role="alert">
            {message()}
          </p>
        )}
      </Show>
    </li>
  );
}

function NewTaskForm(props: { proposalId: string; people: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const createTask = useAction(createTaskAction);
  const [isBusy, setIsBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const title = String(data.get('title') ?? '').trim();
    if (!title) {
      setProblem(t('tasks.titleRequired'));
      form.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
      return;
    }
    const due = String(data.get('dueAt') ?? '');
    setProblem(null);
    setIsBusy(true);
    try {
      await createTask(props.proposalId, {
        title,
        assigneeUserId: String(data.get('assignee') ?? '') || null,
        // A task due on a day is due by the end of that day in Athens.
        dueAt: due ? athensDateTimeToUtcIso(due, '23:59') : null,
      });
      form.reset();
    } catch {
      setProblem(t('tasks.failed'));
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <form
      class="task-form"
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!isBusy()) void submit(event.currentTarget);
      }}
    >
      <label class="field__label" for="task-title">
        {t('tasks.new')}
      </label>
      <input id="task-title" name="title" class="field__input" type="text" maxLength={300} aria-invalid={problem() ? 'true' : undefined} />
      <div class="task-form__row">
        <label class="visually-hidden" for="task-assignee">
          {t('tasks.assignee')}
        </label>
        <select id="task-assignee" name="assignee" class="field__input">
          <option value="">{t('tasks.unassigned')}</option>
          <For each={props.people}>{(person) => <option value={person.id}>{person.name}</option>}</For>
        </select>
        <label class="visually-hidden" for="task-due">
          {t('tasks.dueDate')}
        </label>
        <input id="task-due" name="dueAt" class="field__input" type="date" />
      </div>
      <Show when={problem()}>
        {(message) => (
          <p class="inline-error" role="alert">
            {message()}
          </p>
        )}
      </Show>
      <BusyButton type="submit" class="button button--secondary" isBusy={isBusy()} busyLabel={t('tasks.adding')}>
        {t('tasks.add')}
      </BusyButton>
    </form>
  );
}
