export type DomainErrorCode =
  | "not_found"
  | "forbidden"
  | "invalid"
  | "conflict"
  | "locked"
  | "too_many";

const STATUS: Record<DomainErrorCode, 400 | 403 | 404 | 409 | 423 | 429> = {
  not_found: 404,
  forbidden: 403,
  invalid: 400,
  conflict: 409,
  locked: 423,
  too_many: 429,
};

/**
 * An error a user can cause, with a Danish message to show as it is. `status` is the HTTP
 * status a route answers with; `details` lists several problems at once (every empty required
 * field). Thrown inside a transaction, it rolls it back, so nothing is half-written.
 */
export class DomainError extends Error {
  readonly status: 400 | 403 | 404 | 409 | 423 | 429;
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: readonly string[] = [],
    /** Per detail, what it is about (a field of the form), for the page to link to it. */
    readonly targets: readonly (string | null)[] = [],
  ) {
    super(message);
    this.name = "DomainError";
    this.status = STATUS[code];
  }
}

/** A refusal about one field of a form (`target`, as the form marks it), to mark it invalid. */
export function invalidField(target: string, message: string): DomainError {
  return new DomainError("invalid", message, [message], [target]);
}
