import { ErrorBoundary, Show, Suspense, type JSX } from 'solid-js';
import { isApiError } from '../lib/api.ts';
import { DocumentTitle } from './page-title.ts';
import { ErrorState, LoadingState } from './status.tsx';

/**
 * Around content that reads from the API: a spinner while it loads, and if reading failed, the error with a
 * retry that reads again (`refetch`, e.g. a revalidate of the content's queries) and then shows the content anew.
 */
export function AsyncBoundary(props: {
  refetch: () => Promise<unknown>;
  /** The document's title while the error is shown, where the content would have set it. */
  errorTitle?: string;
  /** What to show instead of the error when the API answers 404. */
  notFound?: () => JSX.Element;
  children: JSX.Element;
}) {
  return (
    <ErrorBoundary
      fallback={(error, reset) => {
        const notFound = props.notFound;
        if (notFound && isApiError(error, 404)) return notFound();
        return (
          <>
            <Show when={props.errorTitle}>{(title) => <DocumentTitle title={title()} />}</Show>
            <ErrorState
              error={error}
              onRetry={() => {
                void props.refetch().then(reset);
              }}
            />
          </>
        );
      }}
    >
      <Suspense fallback={<LoadingState />}>{props.children}</Suspense>
    </ErrorBoundary>
  );
}
