import { loadConfig } from "../config.ts";
import { type Database, openDatabase } from "../db/client.ts";
import { FileSystemStorage } from "../storage/file-system-storage.ts";

/** Opens the configured database (migrated) and file storage for a command. */
export async function openWorkspace(): Promise<{ database: Database; storage: FileSystemStorage }> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  return { database, storage: new FileSystemStorage(config.filesDir) };
}
