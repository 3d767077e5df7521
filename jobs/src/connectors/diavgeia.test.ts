import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../demo/fixture-server.ts';
import { diavgeiaConnector } from './diavgeia.ts';
import { collectWith } from './test-support.ts';

describe('diavgeiaConnector.collect', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  const searchPath = '/opendata/search/advanced.json';

  it("collects the ministry's decisions whose subject holds the words, revoked ones withdrawn", async () => {
    const result = await collectWith(diavgeiaConnector, { url: `${server.url}${searchPath}` });
    expect(result.fetched).toBe(1);
    expect(result.items.map((item) => [item.key, item.withdrawn])).toEqual([
      ['9ΟΓΡ46ΜΤΛ6-ΛΨ2', false],
      ['Ψ4Κ246ΜΤΛ6-ΡΞΘ', false],
      ['6ΡΦΑ46ΜΤΛ6-7ΒΣ', false],
      ['ΩΖΛΗ46ΜΤΛ6-Δ0Ε', true],
      ['ΡΛ8Ε46ΜΤΛ6-Υ3Κ', false],
    ]);
  });

  it('pages from 0 until the total is reached', async () => {
    const result = await collectWith(diavgeiaConnector, { url: `${server.url}${searchPath}`, options: { pageSize: 2 } });
    expect(result.fetched).toBe(3);
    expect(result.items).toHaveLength(5);
  });

  it('stops at maxPages', async () => {
    const result = await collectWith(diavgeiaConnector, { url: `${server.url}${searchPath}`, options: { pageSize: 2, maxPages: 2 } });
    expect(result.fetched).toBe(2);
    expect(result.items).toHaveLength(4);
  });

  it('fails with filter_not_applied when Diavgeia runs another query than the one sent', async () => {
    await expect(collectWith(diavgeiaConnector, { url: `${server.url}/traps/filter-ignored${searchPath}` })).rejects.toMatchObject({
      name: 'SourceError',
      code: 'filter_not_applied',
    });
  });

  it('fails with filter_not_applied when decisions of other organisations come back', async () => {
    await expect(collectWith(diavgeiaConnector, { url: `${server.url}/traps/foreign-decisions${searchPath}` })).rejects.toMatchObject({
      code: 'filter_not_applied',
      message: expect.stringContaining('100015981'),
    });
  });
});
