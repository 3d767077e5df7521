import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInAs } from '../helpers/api-client.ts';
import { loginInBrowser, startBrowserApp, type BrowserApp } from '../helpers/browser-app.ts';
import { artifactsDir } from '../helpers/browser.ts';

describe('the coordination team edits a proposal template in the browser', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('renames the donor template and one of its sections, and the API keeps the new names', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'coordinator@demo.cni.gr');
    await page.goto(`${app.server.url}/proposals`);
    await page.locator('a[href="/proposals/templates"]').click();
    await page.waitForURL(/\/proposals\/templates$/);

    await page.locator('.template-picker__link[href$="key=donor"]').click();
    await page.waitForURL(/key=donor$/);
    // Found by its Greek title, which the renaming changes: its fields are held by their ids.
    const impact = page.locator('li.template-section', { has: page.locator('.template-section__name', { hasText: 'Αναμενόμενος αντίκτυπος' }) });
    const titleElId = await impact.locator('input[name="titleEl"]').getAttribute('id');
    const titleId = await impact.locator('input[name="title"]').getAttribute('id');
    await page.locator(`#${titleElId}`).fill('Αλλαγή για τους ανθρώπους');
    await page.locator(`#${titleId}`).fill('Change for people');
    // A template needs its name in both languages.
    await page.getByLabel('Όνομα στα ελληνικά').fill(' ');
    await page.locator('.template-editor button[type="submit"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('template-nameEl');
    expect(await page.getByLabel('Όνομα στα ελληνικά').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.template-editor__names').textContent()).toContain('Συμπληρώστε το όνομα.');
    await page.getByLabel('Όνομα στα ελληνικά').fill('Δωρητές και ιδρύματα');
    await page.getByLabel('Όνομα στα αγγλικά').fill('Donors and foundations');
    await page.locator('.template-editor button[type="submit"]').click();
    await expect.poll(() => page.locator('.form__success').textContent()).not.toBe('');
    await expect.poll(() => page.locator('.template-picker__link[href$="key=donor"] .template-picker__name').textContent()).toBe('Δωρητές και ιδρύματα');
    await page.screenshot({ path: join(artifactsDir, 'proposal-templates-1280.png'), fullPage: true });
    await page.close();

    const coordinator = await loggedInAs(app.server.url, 'coordinator@demo.cni.gr');
    const templates = await coordinator.get<{ key: string; name: string; nameEl: string; sections: { key: string; title: string; titleEl: string }[] }[]>(
      '/api/proposal-templates',
    );
    const donor = templates.body.find((template) => template.key === 'donor');
    expect(donor).toMatchObject({ nameEl: 'Δωρητές και ιδρύματα', name: 'Donors and foundations' });
    expect(donor?.sections.find((section) => section.key === 'impact')).toMatchObject({
      title: 'Change for people',
      titleEl: 'Αλλαγή για τους ανθρώπους',
    });
    expect(donor?.sections).toHaveLength(6);
    expect(app.problems).toEqual([]);
  });

  it('tells an officer that only the coordination team edits templates', async () => {
    const page = await app.openPage(375);
    await loginInBrowser(page, app.server.url, 'officer.piraeus@demo.cni.gr');
    await page.goto(`${app.server.url}/proposals/templates`);
    await page.locator('.notice--info').waitFor();
    expect(await page.locator('.template-editor').count()).toBe(0);
    await page.screenshot({ path: join(artifactsDir, 'proposal-templates-officer-375.png'), fullPage: true });
    await page.close();
  });
});
