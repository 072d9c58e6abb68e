/**
 * Slows down password guessing: after `limit` failed log-ins for one account within `windowMs`,
 * further attempts for it are refused until the window has passed. Kept in memory, per process.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until this account may try again; 0 when it may try now. */
  retryAfter(account: string): number {
    const recent = this.recent(account);
    if (recent.length < this.limit) return 0;
    return (recent[recent.length - this.limit] as number) + this.windowMs - this.now();
  }

  recordFailure(account: string): void {
    const recent = this.recent(account);
    recent.push(this.now());
    this.failures.set(account.toLowerCase(), recent);
  }

  recordSuccess(account: string): void {
    this.failures.delete(account.toLowerCase());
  }

  private recent(account: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.failures.get(account.toLowerCase()) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(account.toLowerCase());
    return kept;
  }
}
