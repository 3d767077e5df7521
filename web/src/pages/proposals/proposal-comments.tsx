import { createAsync, revalidate, useAction } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { BusyButton } from '../../components/busy-button.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime, toIsoString } from '../../lib/format.ts';
import { completeMention, readMentionQuery, suggestPeople } from '../../lib/mention.ts';
import type { Proposal, ProposalComment, ProposalCommentReply, ProposalPerson } from '../../lib/proposal-types.ts';
import { createCommentAction, getProposalComments, getProposalPeople, setCommentResolvedAction } from './proposals.data.ts';

/** The comment threads of the section being edited: open ones first, each with its replies. */
export function ProposalComments(props: { proposal: Proposal; sectionId: string }) {
  const { t } = useI18n();
  const id = () => props.proposal.id;
  const comments = createAsync(() => getProposalComments(id()));
  const people = createAsync(() => getProposalPeople(id()));
  const canComment = () => props.proposal.access !== 'read';
  const threads = () =>
    (comments() ?? [])
      .filter((thread) => thread.sectionId === props.sectionId)
      .sort((a, b) => Number(a.resolvedAt !== null) - Number(b.resolvedAt !== null) || a.createdAt.localeCompare(b.createdAt));

  return (
    <section class="proposal-comments" aria-labelledby="proposal-comments-title">
      <h2 id="proposal-comments-title" class="panel-title visually-hidden">
        {t('proposal.panel.comments')}
      </h2>
      <AsyncBoundary refetch={() => revalidate([getProposalComments.keyFor(id()), getProposalPeople.keyFor(id())])}>
        <Show when={threads().length > 0} fallback={<p class="panel-empty">{t('comments.empty')}</p>}>
          <ol class="comment-threads">
            <For each={threads()}>
              {(thread) => <CommentThread proposalId={id()} thread={thread} people={people() ?? []} canComment={canComment()} />}
            </For>
          </ol>
        </Show>
        <Show when={canComment()}>
          <CommentForm
            proposalId={id()}
            sectionId={props.sectionId}
            parentId={null}
            people={people() ?? []}
            label={t('comments.new')}
            submitLabel={t('comments.submit')}
          />
        </Show>
      </AsyncBoundary>
    </section>
  );
}

function CommentBody(props: { comment: ProposalCommentReply }) {
  const { t, language } = useI18n();
  return (
    <div class="comment">
      <p class="comment__meta">
        <strong>{props.comment.author?.name ?? t('comments.unknownAuthor')}</strong>{' '}
        <time datetime={toIsoString(props.comment.createdAt)}>{formatDateTime(props.comment.createdAt, language())}</time>
      </p>
      <p class="comment__body">{props.comment.body}</p>
    </div>
  );
}

function CommentThread(props: { proposalId: string; thread: ProposalComment; people: ProposalPerson[]; canComment: boolean }) {
  const { t } = useI18n();
  const setResolved = useAction(setCommentResolvedAction);
  const [isReplying, setIsReplying] = createSignal(false);
  const [isBusy, setIsBusy] = createSignal(false);
  const [hasFailed, setHasFailed] = createSignal(false);
  const isResolved = () => props.thread.resolvedAt !== null;
  const toggleResolved = async () => {
    setIsBusy(true);
    setHasFailed(false);
    try {
      await setResolved(props.proposalId, props.thread.id, !isResolved());
    } catch {
      setHasFailed(true);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <li class="comment-thread" classList={{ 'comment-thread--resolved': isResolved() }}>
      <CommentBody comment={props.thread} />
      <Show when={props.thread.replies.length > 0}>
        <ol class="comment-thread__replies">
          <For each={props.thread.replies}>
            {(reply) => (
              <li>
                <CommentBody comment={reply} />
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={isResolved()}>
        <p class="comment-thread__resolved">{t('comments.resolvedBy', { name: props.thread.resolvedBy?.name ?? '' })}</p>
      </Show>
      <Show when={props.canComment}>
        <div class="comment-thread__actions">
          <Show when={!isResolved()}>
            <button type="button" class="button button--quiet" aria-expanded={isReplying() ? 'true' : 'false'} onClick={() => setIsReplying(!isReplying())}>
              {t('comments.reply')}
            </button>
          </Show>
          <BusyButton type="button" class="button button--quiet" isBusy={isBusy()} busyLabel={t('comments.saving')} onClick={() => void toggleResolved()}>
            {isResolved() ? t('comments.reopen') : t('comments.resolve')}
          </BusyButton>
        </div>
        <Show when={hasFailed()}>
          <p class="inline-error" role="alert">
            {t('comments.failed')}
          </p>
        </Show>
        <Show when={isReplying() && !isResolved()}>
          <CommentForm
            proposalId={props.proposalId}
            sectionId={props.thread.sectionId}
            parentId={props.thread.id}
            people={props.people}
            label={t('comments.replyLabel')}
            submitLabel={t('comments.reply')}
            onSent={() => setIsReplying(false)}
          />
        </Show>
      </Show>
    </li>
  );
}

/** A new comment or a reply; typing "@" and a few letters offers the names of the people of the proposal. */
function CommentForm(props: {
  proposalId: string;
  sectionId: string | null;
  parentId: string | null;
  people: ProposalPerson[];
  label: string;
  submitLabel: string;
  onSent?: () => void;
}) {
  const { t } = useI18n();
  const createComment = useAction(createCommentAction);
  const [text, setText] = createSignal('');
  const [isBusy, setIsBusy] = createSignal(false);
  const [hasFailed, setHasFailed] = createSignal(false);
  const fieldId = `comment-${props.parentId ?? 'new'}`;
  let field: HTMLTextAreaElement | undefined;
  const suggestions = () => {
    const query = readMentionQuery(text());
    return query === null ? [] : suggestPeople(props.people, query);
  };
  const send = async () => {
    const body = text().trim();
    if (!body || isBusy()) return;
    setIsBusy(true);
    setHasFailed(false);
    try {
      await createComment(props.proposalId, { sectionId: props.sectionId, parentId: props.parentId, body });
      setText('');
      props.onSent?.();
    } catch {
      setHasFailed(true);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <form
      class="comment-form"
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label class="field__label" for={fieldId}>
        {props.label}
      </label>
      <span id={`${fieldId}-hint`} class="field__hint">
        {t('comments.mentionHint')}
      </span>
      <textarea
        ref={field}
        id={fieldId}
        class="field__input"
        rows={3}
        maxLength={5000}
        aria-describedby={`${fieldId}-hint`}
        value={text()}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <Show when={suggestions().length > 0}>
        <ul class="mention-suggestions" aria-label={t('comments.mentionSuggestions')}>
          <For each={suggestions()}>
            {(person) => (
              <li>
                <button
                  type="button"
                  class="mention-suggestions__person"
                  onClick={() => {
                    setText(completeMention(text(), person.name));
                    field?.focus();
                  }}
                >
                  @{person.name}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={hasFailed()}>
        <p class="inline-error" role="alert">
          {t('comments.failed')}
        </p>
      </Show>
      <BusyButton type="submit" class="button button--secondary" isBusy={isBusy()} busyLabel={t('comments.saving')}>
        {props.submitLabel}
      </BusyButton>
    </form>
  );
}
