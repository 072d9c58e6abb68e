/** Wrong use of the command line; the message is Danish and the exit code 2. */
export class UsageError extends Error {}
