import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInAs } from '../helpers/api-client.ts';
import { loginInBrowser, startBrowserApp, type BrowserApp } from '../helpers/browser-app.ts';

const athens = 'officer.athens@demo.cni.gr';

// Each payload sets window.__xss and opens a dialog if it ever runs.
const payloads = [
  '<script>window.__xss = "script"; alert("script")</script>',
  '<img src=x onerror="window.__xss = \'img\'; alert(\'img\')">',
  '<a href="javascript:window.__xss=\'link\';alert(\'link\')">Πατήστε εδώ</a>',
  '<svg onload="window.__xss = \'svg\'">',
];
const hostile = (label: string) => `${label} ${payloads.join(' ')}`;
// Titles are short fields: one payload fits.
const hostileTitle = (label: string) => `${label} ${payloads[1]}`;

/** Anything in the page that could run script: event-handler attributes, javascript: links, script elements in content. */
function findRunnableMarkup(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('main *'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.toLowerCase().startsWith('on')) found.push(`${element.tagName}[${attribute.name}]`);
      }
      if (element.tagName === 'SCRIPT' || element.tagName === 'IFRAME') found.push(element.tagName);
    }
    for (const anchor of Array.from(document.querySelectorAll('a'))) {
      if (/^\s*javascript:/i.test(anchor.getAttribute('href') ?? '')) found.push(`a[href=${anchor.getAttribute('href')}]`);
    }
    return found;
  });
}

/**
 * What people type (call texts from the liaison, needs, lessons, announcements, proposal titles and comments)
 * is shown as text everywhere: the markup in it is visible to the reader and never becomes elements.
 */
describe('user content stays inert in the browser', () => {
  let app: BrowserApp;
  const pages: Array<{ path: string; shows: string }> = [];

  beforeAll(async () => {
    app = await startBrowserApp();
    const liaison = await loggedInAs(app.server.url, 'liaison@demo.cni.gr');
    const officer = await loggedInAs(app.server.url, athens);

    const announced = await liaison.post('/api/announcements', {
      message: hostile('Μήνυμα'),
      targetMunicipalities: ['athens'],
      call: { title: hostileTitle('Πρόσκληση ΕΚΤ+'), summary: hostile('Περίληψη'), programme: 'esf-plus', eligibleApplicants: ['municipalities'] },
    });
    expect(announced.status, JSON.stringify(announced.body)).toBe(201);
    pages.push({ path: `/calls/${announced.body.callId}`, shows: 'Περίληψη <script>' }, { path: '/announcements', shows: 'Μήνυμα <script>' });

    const need = await officer.post('/api/municipalities/athens/needs', { title: hostileTitle('Ανάγκη'), description: hostile('Περιγραφή'), category: 'labour-market' });
    expect(need.status, JSON.stringify(need.body)).toBe(201);
    pages.push({ path: `/needs/${need.body.id}`, shows: 'Περιγραφή <script>' });

    const lesson = await officer.post('/api/lessons', {
      proposalId: null,
      title: hostileTitle('Δίδαγμα'),
      whatHappened: hostile('Τι έγινε'),
      nextTime: hostile('Την επόμενη φορά'),
      programme: 'esf-plus',
      funder: null,
      themes: [],
      phase: 'submission',
      sharing: 'network',
    });
    expect(lesson.status, JSON.stringify(lesson.body)).toBe(201);
    pages.push({ path: '/lessons', shows: 'Τι έγινε <script>' });

    const proposal = await officer.post('/api/proposals', { title: hostileTitle('Πρόταση'), leadMunicipality: 'athens', template: 'esf-plus' });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(201);
    const section = proposal.body.sections[0];
    const comment = await officer.post(`/api/proposals/${proposal.body.id}/comments`, { sectionId: section.id, body: hostile('Σχόλιο') });
    expect(comment.status, JSON.stringify(comment.body)).toBe(201);
    pages.push({ path: `/proposals/${proposal.body.id}`, shows: 'Πρόταση <img src=x onerror=' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the markup as text on every page that carries it, and none of it runs', async () => {
    const page = await app.openPage(1280);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await loginInBrowser(page, app.server.url, athens);
    for (const { path, shows } of pages) {
      await page.goto(app.server.url + path);
      await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain(shows);
      const trap = page.getByText('Πατήστε εδώ', { exact: true });
      if ((await trap.count()) > 0) await trap.first().click();
      await page.waitForTimeout(200);
      expect(await findRunnableMarkup(page), path).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), path).toBeUndefined();
    }
    expect(dialogs).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
