import { createAsync, revalidate, useAction } from '@solidjs/router';
import { createSignal, For, Show, Suspense } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { BusyButton } from '../../components/busy-button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime, toIsoString } from '../../lib/format.ts';
import type { Proposal, SectionVersion } from '../../lib/proposal-types.ts';
import { getSectionVersions, getVersionDiff, nameVersionAction, restoreVersionAction } from './proposals.data.ts';

/** The section's saved versions: name the current text, compare an old one with it, bring an old one back. */
export function ProposalHistory(props: { proposal: Proposal; sectionId: string }) {
  const { t } = useI18n();
  const id = () => props.proposal.id;
  const versions = createAsync(() => getSectionVersions(id(), props.sectionId));
  const [compared, setCompared] = createSignal<string | null>(null);
  const canEdit = () => props.proposal.access === 'edit';

  return (
    <section class="proposal-history" aria-labelledby="proposal-history-title">
      <h2 id="proposal-history-title" class="panel-title visually-hidden">
        {t('proposal.panel.history')}
      </h2>
      <AsyncBoundary refetch={() => revalidate(getSectionVersions.keyFor(id(), props.sectionId))}>
        <Show when={canEdit()}>
          <NameVersionForm proposalId={id()} sectionId={props.sectionId} />
        </Show>
        <Show when={(versions()?.length ?? 0) > 0} fallback={<p class="panel-empty">{t('history.empty')}</p>}>
          <ol class="version-list">
            <For each={versions()}>
              {(version) => (
                <VersionItem
                  proposalId={id()}
                  sectionId={props.sectionId}
                  version={version}
                  isCompared={compared() === version.id}
                  onCompare={() => setCompared(compared() === version.id ? null : version.id)}
                  canRestore={canEdit()}
                />
              )}
            </For>
          </ol>
        </Show>
      </AsyncBoundary>
    </section>
  );
}

function NameVersionForm(props: { proposalId: string; sectionId: string }) {
  const { t } = useI18n();
  const nameVersion = useAction(nameVersionAction);
  const [isBusy, setIsBusy] = createSignal(false);
  const [hasFailed, setHasFailed] = createSignal(false);
  const submit = async (form: HTMLFormElement) => {
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (!name || isBusy()) return;
    setIsBusy(true);
    setHasFailed(false);
    try {
      await nameVersion(props.proposalId, props.sectionId, name);
      form.reset();
    } catch {
      setHasFailed(true);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <form
      class="version-form"
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <label class="field__label" for="version-name">
        {t('history.name')}
      </label>
      <div class="version-form__row">
        <input id="version-name" name="name" class="field__input" type="text" maxLength={200} />
        <BusyButton type="submit" class="button button--secondary" isBusy={isBusy()} busyLabel={t('history.saving')}>
          {t('history.save')}
        </BusyButton>
      </div>
      <Show when={hasFailed()}>
        <p class="inline-error" role="alert">
          {t('history.failed')}
        </p>
      </Show>
    </form>
  );
}

function VersionItem(props: {
  proposalId: string;
  sectionId: string;
  version: SectionVersion;
  isCompared: boolean;
  onCompare: () => void;
  canRestore: boolean;
}) {
  const { t, language } = useI18n();
  const restoreVersion = useAction(restoreVersionAction);
  const label = () => props.version.name ?? t('history.automatic');
  return (
    <li class="version" classList={{ 'version--automatic': props.version.kind === 'automatic' }}>
      <p class="version__name">{label()}</p>
      <p class="version__meta">
        <time datetime={toIsoString(props.version.createdAt)}>{formatDateTime(props.version.createdAt, language())}</time>
        <Show when={props.version.createdBy}>{(person) => <> · {person().name}</>}</Show>
      </p>
      <div class="version__actions">
        <button type="button" class="button button--quiet" aria-expanded={props.isCompared ? 'true' : 'false'} onClick={() => props.onCompare()}>
          {t('history.compare')}
        </button>
        <Show when={props.canRestore}>
          <ConfirmButton
            label={t('history.restore')}
            accessibleLabel={t('history.restoreNamed', { name: label() })}
            question={t('history.restoreQuestion')}
            confirmLabel={t('history.restoreConfirm')}
            busyLabel={t('history.restoring')}
            failedMessage={t('history.restoreFailed')}
            onConfirm={() => restoreVersion(props.proposalId, props.sectionId, props.version.id)}
          />
        </Show>
      </div>
      <Show when={props.isCompared}>
        <VersionDiff proposalId={props.proposalId} sectionId={props.sectionId} versionId={props.version.id} />
      </Show>
    </li>
  );
}

/** Words taken out since that version are struck through, words added since are marked. */
function VersionDiff(props: { proposalId: string; sectionId: string; versionId: string }) {
  const { t } = useI18n();
  const diff = createAsync(() => getVersionDiff(props.proposalId, props.sectionId, props.versionId));
  return (
    <Suspense fallback={<LoadingState />}>
      <p class="diff" aria-label={t('history.diffLabel')}>
        <For each={diff()}>
          {(part) =>
            part.op === 'insert' ? (
              <ins class="diff__insert">{part.text}</ins>
            ) : part.op === 'delete' ? (
              <del class="diff__delete">{part.text}</del>
            ) : (
              <span>{part.text}</span>
            )
          }
        </For>
      </p>
    </Suspense>
  );
}
