import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ValidationError } from '../errors.ts';

/** The refusal for a database on a libSQL server, whose disk these commands cannot reach. */
export function serverNotSupported(url = 'This database'): ValidationError {
  return new ValidationError(`${url} is on a libSQL server: back it up and restore it with the server's own snapshots, not with this command`);
}

/**
 * The absolute path of an embedded database from its URL (`file:data/cni.db`, `file:///srv/cni.db`) or a plain
 * path.
 */
export function databaseFilePath(urlOrPath: string): string {
  if (/^(libsql|https?|wss?):/i.test(urlOrPath)) throw serverNotSupported(urlOrPath.split('?')[0]!);
  if (urlOrPath === ':memory:' || urlOrPath === 'file::memory:') {
    throw new ValidationError('an in-memory database has no file to back up or restore');
  }
  if (urlOrPath.startsWith('file://')) return fileURLToPath(urlOrPath.split('?')[0]!);
  const path = urlOrPath.startsWith('file:') ? urlOrPath.slice('file:'.length).split('?')[0]! : urlOrPath;
  return resolve(path);
}
