import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups, pruneBackups } from './retention.ts';

describe('pruneBackups', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cni-retention-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const backups = ['cni-20261120T003000Z.db', 'cni-20261124T003000Z.db', 'cni-20261121T003000Z.db', 'cni-20261125T153012Z.db', 'cni-20261122T003000Z.db'];
  const others = ['cni.db', 'cni-latest.db', 'cni-20261101T003000Z.db.partial-4242', 'cni-20261101T003000Z.db.before-restore-20261102T000000Z', 'notes.txt', 'cni-20261341T003000Z.db'];

  it('deletes the oldest backups beyond the newest `keep`, oldest first, and nothing else', () => {
    for (const name of [...backups, ...others]) writeFileSync(join(dir, name), name);
    expect(pruneBackups({ dir, keep: 3 })).toEqual(['cni-20261120T003000Z.db', 'cni-20261121T003000Z.db']);
    expect(readdirSync(dir).sort()).toEqual(
      [...others, 'cni-20261122T003000Z.db', 'cni-20261124T003000Z.db', 'cni-20261125T153012Z.db'].sort(),
    );
    expect(pruneBackups({ dir, keep: 3 })).toEqual([]);
  });

  it('keeps everything while there are no more than `keep`, and treats a missing folder as empty', () => {
    for (const name of backups) writeFileSync(join(dir, name), name);
    expect(pruneBackups({ dir, keep: 14 })).toEqual([]);
    expect(readdirSync(dir)).toHaveLength(5);
    expect(listBackups(join(dir, 'missing'))).toEqual([]);
  });
});
