import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupTakenAt } from '@cni/db';

/** The backups in `dir`, oldest first; any other file there (a copy being written, an operator's file) is not one. */
export function listBackups(dir: string): Array<{ name: string; takenAt: Date }> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .flatMap((name) => {
      const takenAt = backupTakenAt(name);
      return takenAt ? [{ name, takenAt }] : [];
    })
    .sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());
}

/** Deletes the oldest backups beyond the newest `keep`, and returns their names, oldest first. */
export function pruneBackups({ dir, keep }: { dir: string; keep: number }): string[] {
  const backups = listBackups(dir);
  const excess = backups.slice(0, Math.max(0, backups.length - keep)).map((backup) => backup.name);
  for (const name of excess) rmSync(join(dir, name));
  return excess;
}
