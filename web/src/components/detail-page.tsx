import { A } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import { AsyncBoundary } from './async-boundary.tsx';
import { Breadcrumb } from './breadcrumb.tsx';
import { PageHeader } from './page-header.tsx';
import { DocumentTitle } from './page-title.ts';

/**
 * The frame of a page about one thing (a call, a municipality): the way back to its list, a spinner while it
 * loads, "not found" for a 404, and for any other failure the error with a retry that reads again (`refetch`).
 */
export function DetailPage(props: {
  backHref: string;
  backLabel: string;
  /** The document's title while a failure is shown instead of the thing. */
  errorTitle: string;
  notFoundTitle: string;
  notFoundBody: string;
  /** Repeats the way back as a button under the "not found" message. */
  hasBackButtonWhenNotFound?: boolean;
  refetch: () => Promise<unknown>;
  children: JSX.Element;
}) {
  return (
    <div class="page">
      <Breadcrumb href={props.backHref} label={props.backLabel} />
      <AsyncBoundary
        refetch={props.refetch}
        errorTitle={props.errorTitle}
        notFound={() => (
          <>
            <DocumentTitle title={props.notFoundTitle} />
            <PageHeader title={props.notFoundTitle} intro={props.notFoundBody} />
            <Show when={props.hasBackButtonWhenNotFound}>
              <p>
                <A href={props.backHref} class="button button--secondary" end activeClass="" inactiveClass="">
                  {props.backLabel}
                </A>
              </p>
            </Show>
          </>
        )}
      >
        {props.children}
      </AsyncBoundary>
    </div>
  );
}
