import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInAs } from '../helpers/api-client.ts';
import { loginInBrowser, startBrowserApp, type BrowserApp } from '../helpers/browser-app.ts';
import { artifactsDir } from '../helpers/browser.ts';

const needTitle = 'Ένταξη προσφύγων στην αγορά εργασίας';

describe('an officer records a need and judges the calls that fit it', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ withDemoCalls: true });
  }, 120_000);
  afterAll(() => app?.close());

  let needPath = '';

  it('lists the municipality’s needs and refuses an empty form at its fields', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');
    await page.goto(`${app.server.url}/needs`);
    await expect.poll(() => page.locator('main').textContent()).toContain('Διαπολιτισμικοί μεσολαβητές');
    await page.screenshot({ path: join(artifactsDir, 'needs-list-1280.png'), fullPage: true });

    await page.getByRole('link', { name: 'Νέα ανάγκη' }).first().click();
    await page.waitForURL(/\/needs\/new/);
    await page.locator('#need-category option[value="labour-market"]').waitFor({ state: 'attached' });
    await page.locator('form.need-form button[type="submit"]').click();
    await expect.poll(() => page.locator('#need-title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#need-title-error').textContent()).toMatch(/Συμπληρώστε/);
    expect(await page.locator('#need-category').getAttribute('aria-invalid')).toBe('true');
    // The focus goes to the first refused field, for keyboard and screen-reader users.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('need-title');

    await page.locator('#need-budget').fill('πολλά');
    await page.locator('form.need-form button[type="submit"]').click();
    await expect.poll(() => page.locator('#need-budget').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });

  it('records a need with target groups as chips and a budget in euro', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');
    await page.goto(`${app.server.url}/needs/new`);
    await page.locator('#need-category option[value="labour-market"]').waitFor({ state: 'attached' });
    await page.locator('#need-title').fill(needTitle);
    await page
      .locator('#need-description')
      .fill(
        'Συμβουλευτική απασχόλησης, κατάρτιση και μαθήματα ελληνικών για πρόσφυγες και μετανάστες, σε συνεργασία με τοπικές επιχειρήσεις.',
      );
    await page.locator('#need-category').selectOption('labour-market');
    const groups = page.locator('#need-targetGroups');
    await groups.fill('πρόσφυγες');
    await groups.press('Enter');
    await groups.pressSequentially('μετανάστες, μακροχρόνια άνεργοι');
    await page.locator('.need-form input[name="priority"][value="1"]').check();
    await page.locator('#need-budget').fill('250.000');
    // Enter and a comma make chips; leaving the box makes one of what is still typed.
    await expect
      .poll(() => page.locator('.chip__text').allTextContents())
      .toEqual(['πρόσφυγες', 'μετανάστες', 'μακροχρόνια άνεργοι']);
    await page.screenshot({ path: join(artifactsDir, 'need-form-1280.png'), fullPage: true });

    await page.locator('form.need-form button[type="submit"]').click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    needPath = new URL(page.url()).pathname;
    await expect.poll(() => page.locator('h1').textContent()).toBe(needTitle);
    const main = page.locator('main');
    expect(await main.textContent()).toMatch(/250\.000\s€/);
    expect(await page.locator('.tag-list .tag').allTextContents()).toEqual(['πρόσφυγες', 'μετανάστες', 'μακροχρόνια άνεργοι']);

    const officer = await loggedInAs(app.server.url, 'officer.athens@demo.cni.gr');
    const stored = await officer.get(`/api/needs/${needPath.split('/').pop()}`);
    expect(stored.body).toMatchObject({ estimatedBudgetCents: 25_000_000, priority: 1, category: 'labour-market' });
    await page.close();
  });

  it('shows the ranked matches with reasons, and keeps "not relevant" after a reload', async () => {
    expect(needPath).not.toBe('');
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');
    await page.goto(app.server.url + needPath);
    // The matcher runs off-request: the page looks again by itself until the list comes.
    const cards = page.locator('ol.match-list > li.match-card');
    await cards.first().waitFor({ timeout: 60_000 });
    expect(await cards.count()).toBeGreaterThan(0);

    const scores = await page.locator('.match-card .match-score__label').allTextContents();
    const percents = scores.map((text) => Number(text.replace(/[^\d]/g, '')));
    expect(percents.every((value) => value >= 0 && value <= 100)).toBe(true);
    expect([...percents].sort((a, b) => b - a)).toEqual(percents);
    // Reasons are put into Greek words, not shown as the API's English sentences.
    const reasons = await page.locator('.match-card').first().locator('.match-reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.join(' ')).toMatch(/Θεματική|Δικαιούχοι|Προθεσμία|Κοινές λέξεις|Έως/);
    await page.screenshot({ path: join(artifactsDir, 'need-matches-1280.png'), fullPage: true });
    // The best ten first, the rest on request.
    expect(await cards.count()).toBeLessThanOrEqual(10);

    const first = cards.first();
    const callLink = await first.locator('.match-card__title a').getAttribute('href');
    const notRelevant = first.getByRole('button', { name: /Μη σχετική/ });
    expect(await notRelevant.getAttribute('aria-pressed')).toBe('false');
    const saved = page.waitForResponse((response) => response.url().includes('/feedback') && response.request().method() === 'PUT');
    await notRelevant.click();
    // Shown at once, before the API answers.
    expect(await notRelevant.getAttribute('aria-pressed')).toBe('true');
    expect((await saved).status()).toBe(200);
    await expect.poll(() => first.getAttribute('class')).toContain('match-card--dismissed');

    // Read again, the mark is kept and the call has moved down the ranking, maybe past the first ten.
    await page.reload();
    await cards.first().waitFor();
    const sameCard = page.locator('li.match-card', { has: page.locator(`.match-card__title a[href="${callLink}"]`) });
    const more = page.locator('.match-list__more button');
    while ((await sameCard.count()) === 0 && (await more.count()) > 0) await more.click();
    expect(await sameCard.getByRole('button', { name: /Μη σχετική/ }).getAttribute('aria-pressed')).toBe('true');
    const links = await page.locator('.match-card__title a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.indexOf(callLink)).toBeGreaterThan(0);
    expect(app.problems).toEqual([]);
    await page.close();
  });

  it('takes the mark back when the API refuses it', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');
    await page.route('**/feedback', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"code":"internal","message":"boom"}}' }),
    );
    await page.goto(app.server.url + needPath);
    const card = page.locator('ol.match-list > li.match-card').nth(1);
    await card.waitFor({ timeout: 60_000 });
    const relevant = card.getByRole('button', { name: /^✓?\s*Σχετική/ });
    const before = await relevant.getAttribute('aria-pressed');
    await relevant.click();
    await card.getByRole('alert').waitFor();
    expect(await relevant.getAttribute('aria-pressed')).toBe(before);
    await page.close();
  });

  it('works at 375 px wide and in English', async () => {
    const page = await app.openPage(375);
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');
    await page.goto(app.server.url + needPath);
    await page.locator('ol.match-list > li.match-card').first().waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'EN', exact: true }).first().click();
    await expect.poll(() => page.locator('#need-matches-heading').textContent()).toBe('Calls that fit');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(artifactsDir, 'need-matches-375-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'EL', exact: true }).first().click();
    await page.close();
  });

  it('edits the need and deletes it after a confirmation', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');
    await page.goto(app.server.url + needPath);
    await page.getByRole('link', { name: 'Επεξεργασία' }).click();
    await page.waitForURL(/\/edit$/);
    expect(await page.locator('#need-budget').inputValue()).toBe('250.000');
    expect(await page.locator('.chip__text').allTextContents()).toEqual(['πρόσφυγες', 'μετανάστες', 'μακροχρόνια άνεργοι']);
    await page.getByRole('button', { name: 'Αφαίρεση: μετανάστες' }).click();
    await page.locator('#need-budget').fill('300.000');
    await page.locator('#need-status').selectOption('in-progress');
    await page.locator('form.need-form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === needPath);
    await expect.poll(() => page.locator('main').textContent()).toMatch(/300\.000\s€/);
    expect(await page.locator('.tag-list .tag').allTextContents()).toEqual(['πρόσφυγες', 'μακροχρόνια άνεργοι']);

    await page.getByRole('button', { name: 'Διαγραφή' }).click();
    // The question takes the focus on "cancel", the safe choice.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Άκυρο');
    await page.getByRole('button', { name: 'Ναι, διαγραφή' }).click();
    await page.waitForURL((url) => url.pathname === '/needs');
    await expect.poll(() => page.locator('main').textContent()).toContain('Διαπολιτισμικοί μεσολαβητές');
    expect(await page.locator('main').textContent()).not.toContain(needTitle);
    expect(app.problems).toEqual([]);
    await page.close();
  });

  it('lets a coordinator pick a municipality and see each need’s matches, without changing them', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'coordinator@demo.cni.gr');
    await page.goto(`${app.server.url}/needs`);
    await expect.poll(() => page.locator('main').textContent()).toContain('Αθήνα');
    await page.locator('#needs-municipality').selectOption('athens');
    await page.waitForURL(/municipality=athens/);
    expect(await page.getByRole('link', { name: 'Νέα ανάγκη' }).count()).toBe(0);
    await page.locator('a.need-card__link').first().click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    await page.locator('#need-matches-heading').waitFor();
    expect(await page.getByRole('link', { name: 'Επεξεργασία' }).count()).toBe(0);
    await page.locator('ol.match-list > li.match-card').first().waitFor();
    expect(await page.locator('.feedback-button').count()).toBe(0);
    await page.screenshot({ path: join(artifactsDir, 'need-coordinator-1280.png'), fullPage: true });
    await page.close();
  });
});
