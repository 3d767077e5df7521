import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer } from '@cni/jobs';
import { staticRoot } from '@cni/web/static-root';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, launchBrowser } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

describe('a coordinator adds a feed in the browser and runs it', () => {
  let server: TestServer;
  let fixtures: { url: string; close(): Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(staticRoot, 'index.html'))) throw new Error('web/dist is missing: run `pnpm build` first');
    fixtures = await startFixtureServer();
    server = await startTestServer({ staticRoot, env: { FETCH_ALLOWLIST: '127.0.0.1' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await fixtures?.close();
  });

  it('sees the calls of the feed appear, with deadline and funder', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/login`);
    await page.locator('input[name="email"]').fill('coordinator@demo.cni.gr');
    await page.locator('input[name="password"]').fill('demo-password');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/municipalities$/);

    await page.goto(`${server.url}/sources`);
    await page.locator('#source-form-name').fill('Δωρητές (Atom)');
    await page.locator('#source-form-kind').selectOption('rss');
    await page.locator('#source-form-url').fill(`${fixtures.url}/feeds/international-donors.xml`);
    await page.locator('.add-source button[type="submit"]').click();

    const card = page.locator('li.source-card', { has: page.locator('h2.source-card__name', { hasText: 'Δωρητές (Atom)' }) });
    await card.waitFor();
    await card.locator('button.run-button').click();
    const outcome = card.locator('.run-outcome');
    await outcome.locator('.run-outcome__title--ok').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(artifactsDir, 'coordinator-sources-run.png'), fullPage: true });

    await page.goto(`${server.url}/calls?q=${encodeURIComponent('Community-based integration')}`);
    const result = page.locator('li.call-card', { hasText: 'IOM: Call for proposals – Community-based integration support in Greek cities' });
    await result.waitFor();
    expect(await result.locator('.countdown').count()).toBe(1);
    await result.locator('a.call-card__link').click();
    await page.waitForURL(/\/calls\/[0-9a-f-]+$/);
    await expect.poll(() => page.locator('main').textContent()).toContain('Δωρητές (Atom)');
    await page.screenshot({ path: join(artifactsDir, 'coordinator-call-detail.png'), fullPage: true });
    await page.close();
  });
});
