import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BlobIntegrityError } from "./blob-storage.ts";
import { FileSystemStorage } from "./file-system-storage.ts";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "referat-storage-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe("FileSystemStorage", () => {
  it("gives back the bytes it stored, with their sha512 and size", async () => {
    const storage = new FileSystemStorage(root);
    const bytes = new TextEncoder().encode("Bilag 1: Budgetnotat");
    const stored = await storage.put(bytes);
    expect(stored.sizeBytes).toBe(bytes.byteLength);
    expect(stored.sha512).toMatch(/^[0-9a-f]{128}$/);
    expect(Buffer.from(await storage.get(stored.key)).toString()).toBe("Bilag 1: Budgetnotat");
  });

  it("stores identical content once", async () => {
    const storage = new FileSystemStorage(root);
    const a = await storage.put(new Uint8Array([1, 2, 3]));
    const b = await storage.put(new Uint8Array([1, 2, 3]));
    expect(a.key).toBe(b.key);
  });

  it("refuses a file whose bytes no longer match their checksum", async () => {
    const storage = new FileSystemStorage(root);
    const stored = await storage.put(new Uint8Array([1, 2, 3]));
    await writeFile(join(root, stored.key), new Uint8Array([9, 9, 9]));
    await expect(storage.get(stored.key)).rejects.toBeInstanceOf(BlobIntegrityError);
  });

  it("refuses keys that try to leave the storage folder", async () => {
    const storage = new FileSystemStorage(root);
    await expect(storage.get("../../etc/passwd")).rejects.toBeInstanceOf(BlobIntegrityError);
  });
});
