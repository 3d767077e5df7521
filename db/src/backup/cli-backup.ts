import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createDb } from '../create-db.ts';
import { backupDatabase } from './backup.ts';
import { backupFileName } from './backup-name.ts';
import { cliArguments, readCliEnvironment, runCli } from './cli-support.ts';
import { databaseFilePath } from './database-file.ts';

const usage = 'Usage: pnpm db:backup [target-file]   (default: $BACKUP_DIR/cni-<UTC stamp>.db, BACKUP_DIR=data/backups)';

runCli('Backup', async () => {
  const args = cliArguments();
  if (args.length > 1 || args[0]?.startsWith('-')) {
    console.error(usage);
    return 2;
  }
  const { databaseUrl, backupDir } = readCliEnvironment();
  const source = databaseFilePath(databaseUrl);
  // createDb would create an empty database at a mistyped path and back that up.
  if (!existsSync(source)) throw new Error(`there is no database at ${source} (DATABASE_URL=${databaseUrl})`);
  const handle = await createDb(databaseUrl);
  try {
    const result = await backupDatabase({ db: handle.db, target: args[0] ?? join(backupDir, backupFileName(new Date())) });
    console.log(`Backed up ${source} to ${result.path}: ${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.migrations} migrations, integrity ok, ${result.ms} ms`);
    return 0;
  } finally {
    handle.close();
  }
});
