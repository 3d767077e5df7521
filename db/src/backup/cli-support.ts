// The same default as api/src/config.ts, so the commands find the database `pnpm start` uses.
const defaultDatabaseUrl = 'file:data/cni.db';

export interface CliEnvironment {
  databaseUrl: string;
  backupDir: string;
}

export function readCliEnvironment(environment: NodeJS.ProcessEnv = process.env): CliEnvironment {
  return {
    databaseUrl: environment.DATABASE_URL?.trim() || defaultDatabaseUrl,
    backupDir: environment.BACKUP_DIR?.trim() || 'data/backups',
  };
}

/** Arguments after the script name; pnpm forwards a leading `--` when the user types one. */
export function cliArguments(argv: string[] = process.argv): string[] {
  const args = argv.slice(2);
  return args[0] === '--' ? args.slice(1) : args;
}

/**
 * Runs a command's main and turns its outcome into an exit code: 0 done, 1 refused or failed (the reason on
 * stderr), 2 wrong usage (main returns it). The message alone: the operator needs the reason, not a stack.
 */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
