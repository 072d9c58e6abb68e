/**
 * An error a user can cause in the administration area or on their own account, with a Danish
 * message to show as it is and the HTTP status a route answers with. Thrown inside a
 * transaction, it rolls it back.
 */
export class AccountError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 429,
    message: string,
  ) {
    super(message);
    this.name = "AccountError";
  }
}
