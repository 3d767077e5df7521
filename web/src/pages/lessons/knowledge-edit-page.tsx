import { createSignal, Show, type JSX } from 'solid-js';
import { DetailPage } from '../../components/detail-page.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DocumentTitle } from '../../components/page-title.ts';
import { InfoNotice } from '../../components/status.tsx';

/**
 * The page that edits a lesson or a good practice read with its version. When the API says someone changed it
 * meanwhile (409), `children` call `onConflict`: the page reads it again and says so above the form.
 */
export function KnowledgeEditPage<Item>(props: {
  backHref: string;
  backLabel: string;
  errorTitle: string;
  notFoundTitle: string;
  notFoundBody: string;
  conflictMessage: string;
  item: Item | undefined;
  refetch: () => Promise<void>;
  children: (item: Item, onConflict: () => void) => JSX.Element;
}) {
  const [isConflict, setIsConflict] = createSignal(false);
  const onConflict = () => {
    setIsConflict(true);
    void props.refetch();
  };
  return (
    <DetailPage
      backHref={props.backHref}
      backLabel={props.backLabel}
      errorTitle={props.errorTitle}
      notFoundTitle={props.notFoundTitle}
      notFoundBody={props.notFoundBody}
      hasBackButtonWhenNotFound
      refetch={props.refetch}
    >
      {/* Built anew from each version read, so that after a conflict the form shows what is stored now. */}
      <Show when={isConflict()}>
        <p class="inline-error knowledge-conflict" role="alert">
          {props.conflictMessage}
        </p>
      </Show>
      <Show when={props.item} keyed>
        {(item) => props.children(item, onConflict)}
      </Show>
    </DetailPage>
  );
}

/** The edit form under its heading, or why this user may not edit it. */
export function KnowledgeEditForm(props: {
  title: string;
  intro: string;
  canEdit: boolean;
  forbiddenTitle: string;
  forbiddenBody: string;
  children: JSX.Element;
}) {
  return (
    <div class="page--narrow">
      <DocumentTitle title={props.title} />
      <PageHeader title={props.title} intro={props.intro} />
      <Show
        when={props.canEdit}
        fallback={
          <InfoNotice title={props.forbiddenTitle}>
            <p>{props.forbiddenBody}</p>
          </InfoNotice>
        }
      >
        {props.children}
      </Show>
    </div>
  );
}
