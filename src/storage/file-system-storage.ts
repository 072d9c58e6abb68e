import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { BlobIntegrityError, type BlobStorage, type StoredBlob } from "./blob-storage.ts";

const KEY = /^sha512\/[0-9a-f]{2}\/([0-9a-f]{128})$/;

const sha512 = (bytes: Uint8Array) => createHash("sha512").update(bytes).digest("hex");

/** Content-addressed files below a root folder: sha512/ab/abcdef…; written atomically. */
export class FileSystemStorage implements BlobStorage {
  constructor(private readonly root: string) {}

  async put(bytes: Uint8Array): Promise<StoredBlob> {
    const hash = sha512(bytes);
    const key = `sha512/${hash.slice(0, 2)}/${hash}`;
    const path = join(this.root, key);
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    }
    return { key, sha512: hash, sizeBytes: bytes.byteLength };
  }

  async get(key: string): Promise<Uint8Array> {
    const match = KEY.exec(key);
    if (!match) throw new BlobIntegrityError(`Ugyldig filnøgle: ${key}`);
    const bytes = await readFile(join(this.root, key));
    if (sha512(bytes) !== match[1]) {
      throw new BlobIntegrityError(`Filen ${key} er beskadiget: kontrolsummen passer ikke`);
    }
    return bytes;
  }
}
