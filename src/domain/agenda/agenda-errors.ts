export type AgendaErrorCode = "not_found" | "forbidden" | "invalid" | "conflict";

const STATUS: Record<AgendaErrorCode, 400 | 403 | 404 | 409> = {
  not_found: 404,
  forbidden: 403,
  invalid: 400,
  conflict: 409,
};

/**
 * An error a user can cause while planning meetings or assembling and reading agendas, with a
 * Danish message to show as it is; `details` lists several problems at once (every empty
 * required field). Thrown inside a transaction, it rolls it back.
 */
export class AgendaError extends Error {
  readonly status: 400 | 403 | 404 | 409;
  constructor(
    readonly code: AgendaErrorCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = "AgendaError";
    this.status = STATUS[code];
  }
}
