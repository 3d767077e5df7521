import { join } from 'node:path';
import { createNotifications, findAccountByEmail, markAllNotificationsRead } from '@cni/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginInBrowser, startBrowserApp, type BrowserApp } from '../helpers/browser-app.ts';
import { artifactsDir } from '../helpers/browser.ts';

/** What the search folds a word to: no case, no accents, final sigma as sigma. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLocaleLowerCase('el').replaceAll('ς', 'σ');
}

describe('calls search, saved searches, tracking and notifications in the browser', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ withDemoCalls: true });
  }, 120_000);
  afterAll(() => app?.close());

  /** The number of calls the list says it found, e.g. 12 of "12 προσκλήσεις". */
  async function resultCount(page: Page): Promise<number> {
    const text = (await page.locator('.call-results__count > span').first().textContent()) ?? '';
    return Number(text.replace(/[^\d]/g, ''));
  }

  it('finds Greek words without accents and marks them in titles and snippets', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');
    await page.goto(`${app.server.url}/calls?q=${encodeURIComponent('μεταναστων')}`);
    await page.locator('li.call-card').first().waitFor();
    const marks = page.locator('li.call-card mark.search-match');
    expect(await marks.count()).toBeGreaterThan(0);
    // The Greek word in any of its forms, and through the glossary its English counterparts.
    const marked = (await marks.allTextContents()).map(fold);
    expect(marked.some((text) => text.startsWith('μεταναστ'))).toBe(true);
    for (const text of marked) expect(text).toMatch(/^(μεταναστ|migra|immigra)/);
    // Sorted by relevance when words are searched for.
    expect(await page.locator('#calls-sort').inputValue()).toBe('relevance');
    const withoutAccents = await resultCount(page);
    expect(withoutAccents).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifactsDir, 'calls-search-1280.png'), fullPage: true });

    // Typing in capitals with an accent answers the same calls, without pressing Enter.
    await page.locator('#calls-search').fill('ΜΕΤΑΝΆΣΤΕΣ');
    await page.waitForURL((url) => url.searchParams.get('q') === 'ΜΕΤΑΝΆΣΤΕΣ');
    await expect.poll(() => resultCount(page)).toBe(withoutAccents);
    expect(app.problems).toEqual([]);
    await page.close();
  });

  it('filters by theme and applicant with facet counts', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');
    await page.goto(`${app.server.url}/calls`);
    await page.locator('li.call-card').first().waitFor();
    const themeOption = page.locator('#calls-theme option[value="labour-market"]');
    await expect.poll(() => themeOption.textContent()).toMatch(/\(\d+\)$/);
    const facetCount = Number((await themeOption.textContent())?.match(/\((\d+)\)$/)?.[1]);
    await page.locator('#calls-theme').selectOption('labour-market');
    await page.waitForURL(/theme=labour-market/);
    await expect.poll(() => resultCount(page)).toBe(facetCount);

    await page.locator('#calls-applicant').selectOption('municipalities');
    await page.waitForURL(/applicant=municipalities/);
    await page.locator('.call-results').waitFor();
    expect(await page.locator('#calls-applicant').inputValue()).toBe('municipalities');
    await page.close();
  });

  it('saves the current search, opens it again and deletes it', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');
    await page.goto(`${app.server.url}/calls?q=${encodeURIComponent('ένταξη')}&theme=labour-market`);
    await page.locator('.call-results__count').waitFor();
    await page.getByRole('button', { name: /Αποθήκευση αναζήτησης/ }).click();
    const name = page.locator('#saved-search-name');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('saved-search-name');
    expect(await name.inputValue()).toBe('ένταξη');
    await name.fill('');
    await page.locator('.save-search-form button[type="submit"]').click();
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    await name.fill('Ένταξη, αγορά εργασίας');
    await page.locator('.save-search-form button[type="submit"]').click();
    await expect.poll(() => page.locator('.saved-searches__saved').textContent()).toContain('Ένταξη, αγορά εργασίας');

    const entry = page.locator('li.saved-search', { hasText: 'Ένταξη, αγορά εργασίας' });
    await entry.waitFor();
    await page.screenshot({ path: join(artifactsDir, 'calls-saved-searches-1280.png'), fullPage: true });
    await page.goto(`${app.server.url}/calls`);
    await page.getByRole('button', { name: /Αποθηκευμένες αναζητήσεις/ }).click();
    await entry.locator('a.saved-search__name').click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'ένταξη' && url.searchParams.get('theme') === 'labour-market');
    expect(await page.locator('#calls-search').inputValue()).toBe('ένταξη');

    await page.getByRole('button', { name: /Αποθηκευμένες αναζητήσεις/ }).click();
    await entry.getByRole('button', { name: 'Διαγραφή της αναζήτησης «Ένταξη, αγορά εργασίας»' }).click();
    await entry.getByRole('button', { name: 'Ναι, διαγραφή' }).click();
    await entry.waitFor({ state: 'detached' });
    await page.close();
  });

  it('works at 375 px wide', async () => {
    const page = await app.openPage(375);
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');
    await page.goto(`${app.server.url}/calls?q=${encodeURIComponent('πρόσφυγες')}`);
    await page.locator('li.call-card').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(artifactsDir, 'calls-search-375.png'), fullPage: true });
    await page.close();
  });

  it('tracks a call from its page and shows the needs it fits', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');
    await page.goto(`${app.server.url}/calls?q=${encodeURIComponent('ένταξη')}&status=open`);
    await page.locator('li.call-card a.call-card__link').first().click();
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    const track = page.getByRole('button', { name: 'Παρακολούθηση πρόσκλησης' });
    await track.waitFor();
    expect(await track.getAttribute('aria-pressed')).toBe('false');
    const saved = page.waitForResponse((response) => response.url().endsWith('/track') && response.request().method() === 'PUT');
    await track.click();
    expect(await track.getAttribute('aria-pressed')).toBe('true');
    expect((await saved).status()).toBe(204);
    // The needs of the officer's own municipality that the call fits, with reasons and feedback buttons.
    const needCards = page.locator('section.call-matches li.match-card');
    await needCards.first().waitFor();
    expect(await needCards.first().locator('.match-reason').count()).toBeGreaterThan(0);
    expect(await needCards.first().getByRole('button', { name: /Μη σχετική/ }).count()).toBe(1);
    expect(await page.locator('section.call-matches .match-card__municipality').count()).toBe(0);
    await page.screenshot({ path: join(artifactsDir, 'call-detail-matches-1280.png'), fullPage: true });

    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Παρακολούθηση πρόσκλησης' }).getAttribute('aria-pressed')).toBe('true');
    expect(app.problems).toEqual([]);
    await page.close();
  });

  it('shows a coordinator the fitting needs of every municipality, with their names', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'coordinator@demo.cni.gr');
    await page.goto(`${app.server.url}/calls?q=${encodeURIComponent('ένταξη')}&status=open`);
    await page.locator('li.call-card a.call-card__link').first().click();
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    const needCards = page.locator('section.call-matches li.match-card');
    await needCards.first().waitFor();
    const municipalities = new Set(await page.locator('section.call-matches .match-card__municipality').allTextContents());
    expect(municipalities.size).toBeGreaterThan(1);
    // Coordinators read every municipality's needs but judge none of them.
    expect(await page.locator('section.call-matches .feedback-button').count()).toBe(0);
    expect(await needCards.count()).toBeLessThanOrEqual(10);
    const more = page.locator('section.call-matches .match-list__more button');
    if ((await more.count()) > 0) {
      await more.click();
      await expect.poll(() => needCards.count()).toBeGreaterThan(10);
      // The focus moves on to the first need just shown.
      expect(await page.evaluate(() => document.activeElement?.closest('li')?.matches('li.match-card:nth-child(11)'))).toBe(true);
    }
    await page.screenshot({ path: join(artifactsDir, 'call-detail-coordinator-1280.png') });
    await page.close();
  });

  it('counts unread notifications on the bell, marks them read and shows the calendar address', async () => {
    const officer = await findAccountByEmail({ db: app.server.handle.db, email: 'officer.athens@demo.cni.gr' });
    if (!officer) throw new Error('no demo officer');
    // The demo's own notifications (the liaison's announcement) are read first: the bell counts only these two.
    await markAllNotificationsRead({
      ctx: { db: app.server.handle.db, actor: { userId: officer.id, email: officer.email, role: 'officer', municipalityId: officer.municipalityId } },
      now: new Date(),
    });
    await createNotifications({
      db: app.server.handle.db,
      now: new Date(),
      rows: [
        { userId: officer.id, kind: 'call-revised', title: 'Παράταση προθεσμίας: AMIF 2026', link: '/calls', dedupeKey: 'e2e-1' },
        { userId: officer.id, kind: 'new-match', title: 'Νέα πρόσκληση για την ανάγκη σας', link: '/needs', dedupeKey: 'e2e-2' },
      ],
    });
    const context = await app.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await app.openPage(1280, context);
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');
    const bell = page.locator('a.notification-bell');
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Ειδοποιήσεις: 2 νέες');
    expect(await bell.locator('.notification-bell__count').textContent()).toBe('2');
    await bell.click();
    await page.waitForURL(/\/notifications$/);
    await page.locator('li.notification--unread').first().waitFor();
    await page.screenshot({ path: join(artifactsDir, 'notifications-1280.png'), fullPage: true });

    await page.getByRole('button', { name: 'Σήμανση ως αναγνωσμένης: Παράταση προθεσμίας: AMIF 2026' }).click();
    await expect.poll(() => page.locator('li.notification--unread').count()).toBe(1);
    await page.getByRole('button', { name: 'Σήμανση όλων ως αναγνωσμένων' }).click();
    await expect.poll(() => page.locator('li.notification--unread').count()).toBe(0);
    await page.goto(`${app.server.url}/calls`);
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Ειδοποιήσεις');

    await page.goto(`${app.server.url}/notifications`);
    const address = page.locator('#calendar-url');
    expect(await address.textContent()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[^/]+\.ics$/);
    await page.getByRole('button', { name: 'Αντιγραφή' }).click();
    await expect.poll(() => page.locator('.calendar-card__status').textContent()).toBe('Η διεύθυνση αντιγράφηκε.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await address.textContent());
    // The address is the user's own feed, in a form calendar programs subscribe to.
    const feed = await fetch((await address.textContent()) ?? '');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(app.problems).toEqual([]);
    await context.close();
  });

  it('shows the notifications page at 375 px wide', async () => {
    const page = await app.openPage(375);
    await loginInBrowser(page, app.server.url, 'officer.athens@demo.cni.gr');
    await page.goto(`${app.server.url}/notifications`);
    await page.locator('#calendar-url').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(artifactsDir, 'notifications-375.png'), fullPage: true });
    await page.close();
  });
});
