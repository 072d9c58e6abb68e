/**
 * The two folders of a data directory (REFERAT_DATA_DIR), and of each demo folder that `npm ci`
 * makes in its image (adr/0027): the embedded database's cluster and the stored files.
 */
export const DATABASE_FOLDER = "pglite";
export const FILES_FOLDER = "files";
