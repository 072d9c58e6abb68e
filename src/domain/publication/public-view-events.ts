import type { PublicChange } from "./refresh-public-view.ts";

type Listener = (change: PublicChange) => void;

/**
 * The in-process signal that what the public sees has changed: refreshPublicView() sends it,
 * the HTTP layer listens and empties its caches of public pages and documents. Listeners run
 * synchronously and must not throw; one that does is logged nowhere and skipped, so a cache
 * can never make a write fail.
 */
class PublicViewEvents {
  readonly #listeners = new Set<Listener>();

  /** Adds a listener; answers the function that removes it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(change: PublicChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch {
        // A cache that cannot be cleared expires on its own; the write stands.
      }
    }
  }

  get size(): number {
    return this.#listeners.size;
  }
}

export const publicViewEvents = new PublicViewEvents();
