/** A problem the user can fix; printed as one line on stderr, exit code 1. */
export class CliError extends Error {}

/** The command line itself is wrong; exit code 2. */
export class UsageError extends Error {}
