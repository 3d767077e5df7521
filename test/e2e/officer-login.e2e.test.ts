import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginInBrowser, startBrowserApp, type BrowserApp } from '../helpers/browser-app.ts';
import { artifactsDir } from '../helpers/browser.ts';

describe('a demo officer in the browser', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it('logs in, sees their municipality in Greek, switches to English', async () => {
    const page = await app.openPage(1280);
    // Someone not logged in is sent to the login page, whose email field is labelled.
    await page.goto(`${app.server.url}/`);
    await page.waitForURL(/\/login/);
    await page.getByLabel(/ταχυδρομ|email/i).waitFor();
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');

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
    expect(app.problems).toEqual([]);
    await page.close();
  });

  it('shows the server’s refusal of a wrong password and stays on the login page', async () => {
    const page = await app.openPage(1280);
    await page.goto(`${app.server.url}/login`);
    await page.locator('input[name="email"]').fill('officer.athens@demo.cni.gr');
    await page.locator('input[name="password"]').fill('wrong-password');
    await page.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/\S/);
    expect(page.url()).toContain('/login');
    await page.close();
  });

  it('works at 375 px wide: the navigation opens from a menu button', async () => {
    const page = await app.openPage(375);
    await loginInBrowser(page, app.server.url, 'officer.piraeus@demo.cni.gr');
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
