export const sourceErrorCodes = [
  'invalid_document',
  'unexpected_content',
  'filter_not_applied',
  'blocked_by_source',
  'invalid_options',
] as const;
export type SourceErrorCode = (typeof sourceErrorCodes)[number];

/** A source answered, but not with what its connector can trust: shown as the run's error, never as "0 calls". */
export class SourceError extends Error {
  constructor(
    readonly code: SourceErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
