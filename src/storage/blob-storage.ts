/** Where attachment bytes live. The file system by default; the interface allows object storage. */
export interface BlobStorage {
  /** Stores bytes under a key derived from their SHA-512; storing the same bytes twice is a no-op. */
  put(bytes: Uint8Array): Promise<StoredBlob>;
  /** Reads bytes back and verifies them against the SHA-512 in the key. */
  get(key: string): Promise<Uint8Array>;
}

export interface StoredBlob {
  key: string;
  sha512: string;
  sizeBytes: number;
}

export class BlobIntegrityError extends Error {}
