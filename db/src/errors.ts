/**
 * The closed set of domain errors. Verbs throw them; the API maps each to one HTTP status in one place, and
 * jobs log them. `code` is stable and machine-readable, `message` is for people.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(message = 'Not found.') {
    super('not_found', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super('forbidden', message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super('conflict', message);
  }
}

export class ValidationError extends DomainError {
  constructor(message: string) {
    super('validation_error', message);
  }
}
