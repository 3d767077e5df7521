import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig: backups', () => {
  it('keeps 14 nightly backups in data/backups unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ backupDir: 'data/backups', backupKeep: 14 });
    expect(loadConfig({ BACKUP_DIR: '/srv/cni/backups', BACKUP_KEEP: '30' })).toMatchObject({ backupDir: '/srv/cni/backups', backupKeep: 30 });
  });

  it('refuses a BACKUP_KEEP that would keep no backup or is not a whole number, naming the variable', () => {
    for (const keep of ['0', '-3', '2.5', 'many']) expect(() => loadConfig({ BACKUP_KEEP: keep })).toThrow(/BACKUP_KEEP/);
  });
});
