import { open, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FetchError, type FetchedDocument } from './types.ts';

const contentTypesByExtension: Record<string, string> = {
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.atom': 'application/atom+xml',
  '.rss': 'application/rss+xml',
};

/**
 * Reads a `file:` URL, which only demo snapshots shipped in the repository may use: the path must lie
 * inside `fileRoot` both as written and after symbolic links are resolved.
 */
export async function readFileDocument(url: URL, fileRoot: string | undefined, maxBytes: number): Promise<FetchedDocument> {
  if (!fileRoot) throw new FetchError('blocked_address', `Refused to read ${url.href}: file: URLs are not enabled`);
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch (error) {
    throw new FetchError('invalid_url', `${url.href} is not a local file path: ${(error as Error).message}`);
  }
  // The lexical check first, so a path outside the root is refused without touching the file system.
  assertInside(resolve(fileRoot), resolve(path), url);
  const realPath = await realpath(path).catch((error: NodeJS.ErrnoException) => {
    throw new FetchError('http_error', `Cannot read ${url.href}: ${error.code ?? error.message}`, 404);
  });
  assertInside(await realpath(fileRoot), realPath, url);

  const handle = await open(realPath, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new FetchError('http_error', `Cannot read ${url.href}: not a regular file`, 404);
    if (stats.size > maxBytes) throw new FetchError('too_large', `${url.href} is larger than ${maxBytes} bytes`);
    const bytes = new Uint8Array(await handle.readFile());
    const contentType = contentTypesByExtension[extname(realPath).toLowerCase()] ?? null;
    return {
      status: 200,
      url: url.href,
      contentType,
      charset: null,
      bytes,
      etag: null,
      lastModified: null,
      headers: contentType ? { 'content-type': contentType } : {},
    };
  } finally {
    await handle.close();
  }
}

function assertInside(root: string, path: string, url: URL): void {
  const fromRoot = relative(root, path);
  if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) {
    throw new FetchError('blocked_address', `Refused to read ${url.href}: it is outside the snapshot folder`);
  }
}
