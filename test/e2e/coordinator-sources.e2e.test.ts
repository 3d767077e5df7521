import { join } from 'node:path';
import { startFixtureServer } from '@cni/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginInBrowser, startBrowserApp, type BrowserApp } from '../helpers/browser-app.ts';
import { artifactsDir } from '../helpers/browser.ts';

describe('a coordinator adds a feed in the browser and runs it', () => {
  let fixtures: { url: string; close(): Promise<void> };
  let app: BrowserApp;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    app = await startBrowserApp({ env: { FETCH_ALLOWLIST: '127.0.0.1' } });
  });
  afterAll(async () => {
    await app?.close();
    await fixtures?.close();
  });

  it('sees the calls of the feed appear, with deadline and funder', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'coordinator@demo.cni.gr');
    await page.waitForURL(/\/municipalities$/);

    await page.goto(`${app.server.url}/sources`);
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

    await page.goto(`${app.server.url}/calls?q=${encodeURIComponent('Community-based integration')}`);
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
