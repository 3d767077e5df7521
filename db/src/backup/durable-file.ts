import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConflictError } from '../errors.ts';

/** Flushes a file (or a folder's entries) to disk, so a copy that took its final name survives power loss. */
export function syncToDisk(path: string): void {
  const descriptor = openSync(path, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Gives a finished temp file its final name without ever replacing an existing file: a hard link fails if the
 * name is taken, where rename would silently overwrite. Folders that cannot hold hard links get a checked rename.
 */
export function moveWithoutReplacing(from: string, to: string): void {
  try {
    linkSync(from, to);
    unlinkSync(from);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ConflictError(`${to} already exists; not replacing it`);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    if (existsSync(to)) throw new ConflictError(`${to} already exists; not replacing it`);
    renameSync(from, to);
  }
  syncToDisk(dirname(to));
}
