import { describe, expect, it } from "vitest";
import { PageCache } from "./page-cache.ts";

const entry = (size: number) => ({
  body: new Uint8Array(size),
  headers: {},
  notModified: {},
  etag: '"x"',
});

describe("page cache", () => {
  it("serves an entry until its time is up", () => {
    let now = 0;
    const cache = new PageCache({ ttlMs: 60_000, maxBytes: 1000, now: () => now });
    cache.set("/a", entry(10));
    now = 59_999;
    expect(cache.get("/a")).toBeDefined();
    now = 60_000;
    expect(cache.get("/a")).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it("drops the least recently used entries beyond its byte budget", () => {
    const cache = new PageCache({ ttlMs: 60_000, maxBytes: 800 });
    for (const key of ["a", "b", "c", "d", "e", "f", "g", "h"]) cache.set(`/${key}`, entry(100));
    cache.get("/a"); // used: /b is now the oldest
    cache.set("/i", entry(100));
    expect(cache.get("/b")).toBeUndefined();
    expect(cache.get("/a")).toBeDefined();
    expect(cache.get("/i")).toBeDefined();
    expect(cache.bytes).toBe(800);
  });

  it("does not keep one entry larger than an eighth of the budget, and clears at once", () => {
    const cache = new PageCache({ ttlMs: 60_000, maxBytes: 800 });
    cache.set("/big", entry(101));
    expect(cache.get("/big")).toBeUndefined();
    cache.set("/a", entry(100));
    cache.set("/a", entry(50));
    expect(cache.bytes).toBe(50);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it("does not keep a page rendered before a clear: it may show the state before the change", () => {
    const cache = new PageCache({ ttlMs: 60_000, maxBytes: 800 });
    const rendering = cache.generation;
    cache.clear(); // a change committed while the page was rendered
    cache.set("/moeder/1", entry(10), rendering);
    expect(cache.get("/moeder/1")).toBeUndefined();
    cache.set("/moeder/1", entry(10), cache.generation);
    expect(cache.get("/moeder/1")).toBeDefined();
  });
});
