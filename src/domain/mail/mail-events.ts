type Listener = () => void;

/**
 * The in-process signal that mail was written to the outbox: the sender listens and looks for
 * due mail soon, instead of at its next poll. Sent before the writing transaction commits, so
 * the sender waits a moment first; mail it still misses goes out at the next poll. Listeners
 * must not throw; one that does is skipped, so a signal never makes a write fail.
 */
class MailEvents {
  readonly #listeners = new Set<Listener>();

  /** Adds a listener; answers the function that removes it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener();
      } catch {
        // The next poll finds the mail.
      }
    }
  }
}

export const mailEvents = new MailEvents();
