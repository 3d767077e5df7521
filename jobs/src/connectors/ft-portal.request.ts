import type { FtPortalOptions } from './ft-portal.ts';

/** Page number and size go in the URL: the portal ignores them in the body. */
export function buildSearchUrl(endpoint: string, options: FtPortalOptions, pageNumber: number): string {
  const url = new URL(endpoint);
  url.searchParams.set('apiKey', 'SEDIA');
  url.searchParams.set('text', options.text);
  url.searchParams.set('pageSize', String(options.pageSize));
  url.searchParams.set('pageNumber', String(pageNumber));
  return url.href;
}

/**
 * The filters must travel as multipart parts typed application/json: a plain JSON or url-encoded body gives
 * 0 results or silently ignored filters. `languages` keeps one row per topic (the English one, whose dates
 * are the reference), and `sort` keeps pages stable between requests.
 */
export function buildSearchForm(options: FtPortalOptions): FormData {
  const query = {
    bool: {
      must: [
        { terms: { type: options.types } },
        { terms: { status: options.statuses } },
        { terms: { frameworkProgramme: options.frameworkProgrammes } },
      ],
    },
  };
  const form = new FormData();
  form.append('query', jsonBlob(query));
  form.append('languages', jsonBlob(['en']));
  form.append('sort', jsonBlob({ field: 'identifier', order: 'ASC' }));
  return form;
}

function jsonBlob(value: unknown): Blob {
  return new Blob([JSON.stringify(value)], { type: 'application/json' });
}
