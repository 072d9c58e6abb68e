/** The bytes of a response and the headers that go with them: of a 200, and of a 304. */
export interface CachedBody {
  body: Uint8Array;
  /** The final headers of the 200: the handler's and the middleware's, never a cookie. */
  headers: Record<string, string>;
  /** The headers of a 304 for it (caching, ETag, Vary). */
  notModified: Record<string, string>;
}

/** A finished public response, kept so the next anonymous request costs no query and no render. */
export interface CachedResponse extends CachedBody {
  etag: string;
  /** The same compressed, for browsers that accept gzip (text of 1 KB and more). */
  gzip?: CachedBody;
  storedAt: number;
}

/** The bytes an entry holds. */
const sizeOf = (entry: Omit<CachedResponse, "storedAt">) =>
  entry.body.byteLength + (entry.gzip?.body.byteLength ?? 0);

export interface PageCacheOptions {
  /** How long an entry is served; bounds how stale a page can be after an outside change. */
  ttlMs: number;
  /** Total body bytes kept; the least recently used entries go first. */
  maxBytes: number;
  now?: () => number;
}

/**
 * An in-process LRU of public responses by key (path and query). Entries expire after ttlMs, and
 * clear() drops everything at once: the app calls it when the public view changes and after
 * every successful change it makes. Each clear() starts a new generation; a response rendered
 * in an earlier one (it may show the state before the change) is not kept.
 */
export class PageCache {
  readonly #entries = new Map<string, CachedResponse>();
  readonly #options: PageCacheOptions;
  #bytes = 0;
  #generation = 0;

  constructor(options: PageCacheOptions) {
    this.#options = options;
  }

  #now(): number {
    return this.#options.now?.() ?? Date.now();
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (this.#now() - entry.storedAt >= this.#options.ttlMs) {
      this.#bytes -= sizeOf(entry);
      return undefined;
    }
    this.#entries.set(key, entry); // most recently used last
    return entry;
  }

  /** Read before rendering; give it to set() so a page rendered before a clear() is not kept. */
  get generation(): number {
    return this.#generation;
  }

  /**
   * Keeps the entry unless it alone would take more than an eighth of the budget, or it was
   * rendered in an earlier generation than the current one.
   */
  set(
    key: string,
    entry: Omit<CachedResponse, "storedAt">,
    generation = this.#generation,
  ): CachedResponse {
    const stored = { ...entry, storedAt: this.#now() };
    if (generation !== this.#generation) return stored;
    if (sizeOf(entry) > this.#options.maxBytes / 8) return stored;
    this.delete(key);
    this.#entries.set(key, stored);
    this.#bytes += sizeOf(entry);
    for (const [oldest, old] of this.#entries) {
      if (this.#bytes <= this.#options.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= sizeOf(old);
    }
    return stored;
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= sizeOf(entry);
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
    this.#generation += 1;
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }
}
