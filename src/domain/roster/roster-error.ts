import type { AgendaErrorCode } from "../agenda/agenda-errors.ts";

const STATUS: Record<AgendaErrorCode, 400 | 403 | 404 | 409> = {
  not_found: 404,
  forbidden: 403,
  invalid: 400,
  conflict: 409,
};

/**
 * An error a user can cause while changing a committee's roster or a meeting's substitutes,
 * with a Danish message to show as it is; `details` lists several problems at once. Thrown
 * inside a transaction, it rolls it back.
 */
export class RosterError extends Error {
  readonly status: 400 | 403 | 404 | 409;
  constructor(
    readonly code: AgendaErrorCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = "RosterError";
    this.status = STATUS[code];
  }
}
