import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { staticRoot } from '@cni/web/static-root';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, launchBrowser } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

describe('a demo officer in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(staticRoot, 'index.html'))) throw new Error('web/dist is missing: run `pnpm build` first');
    server = await startTestServer({ staticRoot });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage(width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    // A 401 from /api/me before login is expected and logged by Chromium; CSP violations and script errors are not.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    return page;
  }

  async function logIn(page: Page, email: string) {
    await page.goto(server.url + '/');
    await page.waitForURL(/\/login/);
    await page.getByLabel(/ταχυδρομ|email/i).fill(email);
    await page.locator('input[name="password"]').fill('demo-password');
    await page.locator('button[type="submit"]').click();
  }

  it('logs in, sees their municipality in Greek, switches to English', async () => {
    const page = await openPage(1280);
    await logIn(page, 'officer.athens@demo.cni.gr');

    await page.waitForURL(/\/municipalities\/athens$/);
    const heading = page.locator('h1');
    await expect.poll(() => heading.textContent()).toContain('Αθήνα');
    expect(await page.getAttribute('html', 'lang')).toBe('el');
    await expect.poll(() => page.locator('main').textContent()).toContain('Διαπολιτισμικοί μεσολαβητές');
    await page.screenshot({ path: join(artifactsDir, 'officer-athens-el.png') });

    await page.getByRole('button', { name: 'EN', exact: true }).first().click();
    await expect.poll(() => heading.textContent()).toContain('Athens');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'EN', exact: true }).first().getAttribute('aria-pressed')).toBe('true');

    await page.screenshot({ path: join(artifactsDir, 'officer-athens-en.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the server’s refusal of a wrong password and stays on the login page', async () => {
    const page = await openPage(1280);
    await page.goto(server.url + '/login');
    await page.locator('input[name="email"]').fill('officer.athens@demo.cni.gr');
    await page.locator('input[name="password"]').fill('wrong-password');
    await page.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/\S/);
    expect(page.url()).toContain('/login');
    await page.close();
  });

  it('works at 375 px wide: the navigation opens from a menu button', async () => {
    const page = await openPage(375);
    await logIn(page, 'officer.piraeus@demo.cni.gr');
    await page.waitForURL(/\/municipalities\/piraeus$/);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Πειραιάς');
    const menu = page.locator('button[aria-expanded]').first();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(artifactsDir, 'officer-piraeus-375.png'), fullPage: true });
    await page.close();
  });
});
