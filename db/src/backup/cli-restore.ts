import { cliArguments, readCliEnvironment, runCli } from './cli-support.ts';
import { databaseFilePath } from './database-file.ts';
import { restoreDatabase } from './restore.ts';

const usage = 'Usage: pnpm db:restore <backup-file>   (restores into the database of DATABASE_URL; stop the product first)';

runCli('Restore', async () => {
  const args = cliArguments();
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    console.error(usage);
    return 2;
  }
  const { databaseUrl } = readCliEnvironment();
  const result = await restoreDatabase({ backup: args[0]!, target: databaseFilePath(databaseUrl) });
  console.log(`Restored ${args[0]} into ${result.target} (${result.migrations} migrations, integrity ok).`);
  if (result.previous) console.log(`The database it replaced is kept as ${result.previous}.`);
  console.log('Start the product again: it applies any newer migrations at start.');
  return 0;
});
