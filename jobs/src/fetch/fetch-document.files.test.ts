import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFetchDocument } from './fetch-document.ts';

describe('fetchDocument with file: URLs', () => {
  let folder: string;
  let snapshots: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'fetch-files-'));
    snapshots = join(folder, 'snapshots');
    await mkdir(snapshots);
    await writeFile(join(snapshots, 'ministry.rss'), '<rss version="2.0"/>');
    await writeFile(join(snapshots, 'portal.json'), '{"results":[]}');
    await writeFile(join(folder, 'secret.txt'), 'outside');
    await symlink(join(folder, 'secret.txt'), join(snapshots, 'escape.xml'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('reads a file inside fileRoot with a content type guessed from its extension', async () => {
    const fetchDocument = createFetchDocument({ allowlist: [], fileRoot: snapshots });
    const rss = await fetchDocument({ url: pathToFileURL(join(snapshots, 'ministry.rss')).href });
    expect(rss).toMatchObject({ status: 200, contentType: 'application/rss+xml', charset: null, etag: null });
    expect(Buffer.from(rss.bytes).toString()).toBe('<rss version="2.0"/>');
    const json = await fetchDocument({ url: pathToFileURL(join(snapshots, 'portal.json')).href });
    expect(json.contentType).toBe('application/json');
  });

  it('refuses every file: URL when no fileRoot is set', async () => {
    const fetchDocument = createFetchDocument({ allowlist: [] });
    await expect(fetchDocument({ url: pathToFileURL(join(snapshots, 'ministry.rss')).href })).rejects.toMatchObject({
      code: 'blocked_address',
    });
  });

  it.each([
    ['/etc/hosts', () => 'file:///etc/hosts'],
    ['a .. escape', () => `${pathToFileURL(snapshots).href}/../secret.txt`],
    ['an encoded .. escape', () => `${pathToFileURL(snapshots).href}/%2e%2e/secret.txt`],
    ['a symbolic link pointing outside', () => pathToFileURL(join(snapshots, 'escape.xml')).href],
    ['a sibling folder sharing the prefix', () => `${pathToFileURL(snapshots).href}-other/x.xml`],
  ])('refuses %s', async (_case, url) => {
    const fetchDocument = createFetchDocument({ allowlist: [], fileRoot: snapshots });
    await expect(fetchDocument({ url: url() })).rejects.toMatchObject({
      code: 'blocked_address',
      message: expect.stringContaining('outside the snapshot folder'),
    });
  });

  it('answers a missing file inside fileRoot like a 404', async () => {
    const fetchDocument = createFetchDocument({ allowlist: [], fileRoot: snapshots });
    await expect(fetchDocument({ url: pathToFileURL(join(snapshots, 'gone.xml')).href })).rejects.toMatchObject({
      code: 'http_error',
      status: 404,
    });
  });

  it('refuses a file larger than maxBytes', async () => {
    const fetchDocument = createFetchDocument({ allowlist: [], fileRoot: snapshots, maxBytes: 5 });
    await expect(fetchDocument({ url: pathToFileURL(join(snapshots, 'ministry.rss')).href })).rejects.toMatchObject({
      code: 'too_large',
    });
  });
});
