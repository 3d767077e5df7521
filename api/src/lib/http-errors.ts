import { DomainError } from '@cni/db';

/** Errors that only exist at the HTTP boundary; domain errors come from @cni/db. */
export class UnauthorizedError extends DomainError {
  constructor(message = 'Please log in.') {
    super('unauthorized', message);
  }
}

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('invalid_credentials', 'Wrong email or password.');
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Too many attempts. Please wait and try again.',
  ) {
    super('rate_limited', message);
  }
}

export class TooLargeError extends DomainError {
  constructor(limitBytes: number) {
    super('payload_too_large', `The request body is larger than ${Math.round(limitBytes / 1024)} KiB.`);
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  constructor() {
    super('unsupported_media_type', 'Send the request body as application/json.');
  }
}

export class BadRequestError extends DomainError {
  constructor(message: string) {
    super('bad_request', message);
  }
}
