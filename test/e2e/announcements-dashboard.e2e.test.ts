import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInAs } from '../helpers/api-client.ts';
import { loginInBrowser, startBrowserApp, type BrowserApp } from '../helpers/browser-app.ts';
import { artifactsDir } from '../helpers/browser.ts';

const liaison = 'liaison@demo.cni.gr';
const coordinator = 'coordinator@demo.cni.gr';
const athens = 'officer.athens@demo.cni.gr';
const thessaloniki = 'officer.thessaloniki@demo.cni.gr';
const callTitle = 'Ένταξη πολιτών τρίτων χωρών στην αγορά εργασίας μέσω τοπικών συμπράξεων';
const message = 'Νέα πρόσκληση του ΕΚΤ+ για δήμους με κέντρα ένταξης μεταναστών. Προετοιμάστε την απόφαση του δημοτικού συμβουλίου.';

/** A day `days` from now on the Athens calendar, as a date input takes it. */
function athensDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(new Date(Date.now() + days * 86_400_000));
}

/**
 * How many pixels of the canvas have the given colour (give or take anti-aliasing): grid lines, ticks and the
 * legend are drawn without data, bars and lines of the data's colour are not.
 */
function pixelsOfColour(canvas: Locator, hex: string): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement, colour: string) => {
    const wanted = [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16));
    const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    let found = 0;
    for (let index = 0; index < data.length; index += 4) {
      if (data[index + 3]! > 200 && wanted.every((value, channel) => Math.abs(data[index + channel]! - value) <= 12)) found += 1;
    }
    return found;
  }, hex);
}

/** How many pixels of the canvas are drawn on (not transparent): a chart that drew nothing has none. */
function drawnPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    let drawn = 0;
    for (let index = 3; index < data.length; index += 4) if (data[index]! > 0) drawn += 1;
    return drawn;
  });
}

/** The CSV behind a download link, fetched with the page's session: its header, its rows as objects, its raw text. */
async function downloadCsv(page: Page, link: Locator) {
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/api\/dashboard\.csv\?/);
  const response = await page.request.get(new URL(href!, page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  const body = await response.body();
  // A byte order mark, so that Excel reads Greek as UTF-8.
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header = '', ...lines] = body.toString('utf8').slice(1).trimEnd().split('\r\n');
  const columns = header.split(',');
  // The tables compared here hold no quoted cells (numbers, slugs and periods only).
  const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [columns[index], cell])));
  return { columns, rows };
}

/** For what waits on a lazily loaded page or a chart's first drawing, on two busy cores. */
const slow = { timeout: 15_000 };

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('the liaison announces a call; the officers, the coordination team and the annual report follow it', () => {
  let app: BrowserApp;
  let callId = '';

  beforeAll(async () => {
    app = await startBrowserApp({ withDemoCalls: true });
  }, 120_000);
  afterAll(() => app?.close());

  it('the liaison announces an ESF+ call to Athens and Larissa through the form', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, liaison);
    await page.goto(`${app.server.url}/announcements`);
    await page.locator('.announcement-list').waitFor();

    await page.getByRole('button', { name: 'Ανακοίνωση πρόσκλησης' }).click();
    const form = page.locator('form.announce-form');
    // Nothing filled in: the message and the call's title are asked for, and the focus goes to the first.
    await form.getByRole('button', { name: 'Ανακοίνωση', exact: true }).click();
    await expect.poll(() => page.locator('#announcement-message').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#call-title').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('announcement-message');

    await page.locator('#announcement-message').fill(message);
    // "Chosen municipalities" with none ticked is refused at the choice itself.
    await page.getByLabel('Επιλεγμένοι δήμοι').check();
    await page.locator('#call-title').fill(callTitle);
    await form.getByRole('button', { name: 'Ανακοίνωση', exact: true }).click();
    await expect.poll(() => page.locator('#announcement-targetMunicipalities-error').textContent()).toContain('τουλάχιστον έναν δήμο');

    await page.locator('input[name="targetMunicipalities"][value="athens"]').check();
    await page.locator('input[name="targetMunicipalities"][value="larissa"]').check();
    await page.locator('#call-summary').fill('Συμβουλευτική, κατάρτιση και πιστοποίηση δεξιοτήτων για πολίτες τρίτων χωρών, σε σύμπραξη με τοπικούς φορείς.');
    await page.locator('#call-programme').selectOption('esf-plus');
    await page.locator('#call-funder').fill('Υπουργείο Μετανάστευσης και Ασύλου');
    await page.locator('#call-openingDate').fill(athensDay(0));
    await page.locator('#call-deadlineDate').fill(athensDay(60));
    await page.locator('#call-deadlineTime').fill('15:00');
    await page.locator('#call-budget').fill('3.500.000');
    await page.locator('input[name="eligibleApplicants"][value="municipalities"]').check();
    await form.getByRole('button', { name: 'Ανακοίνωση', exact: true }).click();

    await expect.poll(() => page.locator('.notice--success').textContent()).toContain('2 δήμων');
    await expect.poll(() => page.locator('.announcement-card').first().locator('.announcement-card__title').textContent()).toBe(callTitle);

    // The API holds the announcement as sent, and its call is an official ESF+ call.
    const api = await loggedInAs(app.server.url, liaison);
    const [newest] = (await api.get('/api/announcements')).body;
    expect(newest).toMatchObject({ message, call: { title: callTitle, programme: 'esf-plus', budgetCents: 350_000_000 } });
    expect(newest.targetMunicipalities.map((place: { slug: string }) => place.slug).sort()).toEqual(['athens', 'larissa']);
    callId = newest.call.id;
    expect((await api.get(`/api/calls/${callId}`)).body).toMatchObject({ official: true, status: 'open' });
    await page.close();
    expect(app.problems).toEqual([]);
  });

  it('an Athens officer sees it first among the calls, official, with lessons beside it, and the bell rings', async () => {
    expect(callId).not.toBe('');
    // One lesson the network learnt from an ESF+ submission, written by the coordination team.
    const team = await loggedInAs(app.server.url, coordinator);
    const lesson = await team.post('/api/lessons', {
      proposalId: null,
      title: 'Οι συμπράξεις ΕΚΤ+ θέλουν υπογεγραμμένα μνημόνια πριν από την υποβολή',
      whatHappened: 'Η πρόταση απορρίφθηκε στον έλεγχο επιλεξιμότητας γιατί έλειπε το μνημόνιο με τον εταίρο.',
      nextTime: 'Υπογράφουμε τα μνημόνια συνεργασίας ένα μήνα πριν από την προθεσμία.',
      programme: 'esf-plus',
      funder: null,
      themes: [],
      phase: 'partnership',
      sharing: 'network',
    });
    expect(lesson.status).toBe(201);
    const officer = await loggedInAs(app.server.url, athens);
    const lessons = (await officer.get(`/api/calls/${callId}/lessons`)).body;
    expect(lessons.length).toBeGreaterThan(0);

    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, athens);
    await page.goto(`${app.server.url}/calls`);
    const first = page.locator('.announced-call').first();
    await expect.poll(() => first.locator('.call-card__title').textContent(), slow).toBe(callTitle);
    expect(await first.locator('.badge--official').count()).toBe(1);
    expect(await first.locator('.badge--new').count()).toBe(1);
    expect(await first.locator('.announced-call__message').textContent()).toBe(message);
    await expect
      .poll(() => first.locator('.announced-call__lessons-count').textContent())
      .toBe(`${lessons.length} ${lessons.length === 1 ? 'δίδαγμα' : 'διδάγματα'} από προηγούμενες υποβολές`);
    expect(await first.locator('.announced-call__lessons').textContent()).toContain(lessons[0].title);

    // The bell counts the notification, which leads to the call.
    await expect.poll(() => page.locator('.notification-bell__count').count()).toBe(1);
    const notifications = (await officer.get('/api/notifications')).body;
    expect(notifications).toContainEqual(expect.objectContaining({ kind: 'announcement', title: callTitle, link: `/calls/${callId}` }));
    await page.screenshot({ path: join(artifactsDir, 'calls-announced-1280.png'), fullPage: true });

    // Following it records that Athens opened it.
    await first.locator('.announced-call__link').click();
    await page.waitForURL(new RegExp(`/calls/${callId}$`));
    await expect.poll(() => page.locator('h1').textContent()).toBe(callTitle);
    await expect
      .poll(async () => (await officer.get('/api/announcements')).body.find((item: { call: { id: string } }) => item.call.id === callId)?.openedByMe)
      .toBe(true);
    await page.close();
    expect(app.problems).toEqual([]);
  });

  it('a Thessaloniki officer, not among those it was sent to, does not see it', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, thessaloniki);
    const announcementsRead = page.waitForResponse((response) => response.url().includes('/api/announcements?active=true'));
    await page.goto(`${app.server.url}/calls`);
    expect((await announcementsRead).status()).toBe(200);
    await page.locator('.call-list').waitFor();
    expect(await page.locator('.announced-call', { hasText: callTitle }).count()).toBe(0);

    await page.goto(`${app.server.url}/announcements`);
    await page.locator('.announcement-list, .notice--empty').first().waitFor();
    expect(await page.locator('.announcement-card', { hasText: callTitle }).count()).toBe(0);
    const officer = await loggedInAs(app.server.url, thessaloniki);
    expect((await officer.get('/api/notifications')).body.map((item: { link: string | null }) => item.link)).not.toContain(`/calls/${callId}`);
    await page.close();
    expect(app.problems).toEqual([]);
  });

  it('the liaison’s reach table shows that Athens opened it and Larissa not yet', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, liaison);
    await page.goto(`${app.server.url}/announcements`);
    const card = page.locator('.announcement-card', { hasText: callTitle });
    const toggle = card.getByRole('button', { name: 'Ποιοι δήμοι την άνοιξαν' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const athensRow = card.locator('.reach-table tbody tr', { hasText: 'Αθήνα' });
    await expect.poll(() => athensRow.getAttribute('class')).toContain('reach-table__row--opened');
    expect(await athensRow.locator('td').nth(1).textContent()).toContain('Υπεύθυνος/η έργων, Αθήνα');
    expect(await card.locator('.reach-table tbody tr', { hasText: 'Λάρισα' }).textContent()).toContain('Όχι ακόμη');
    expect(await card.locator('.announcement-reach__summary').textContent()).toBe('Την άνοιξαν 1 από 2 δήμους.');
    await page.screenshot({ path: join(artifactsDir, 'announcements-1280.png'), fullPage: true });
    await page.close();
    expect(app.problems).toEqual([]);
  });

  it('the coordinator’s dashboard draws its three charts, and each CSV has the totals of the API', async () => {
    const team = await loggedInAs(app.server.url, coordinator);
    const network = (await team.get('/api/dashboard')).body;
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, coordinator);
    await page.goto(`${app.server.url}/dashboard`);

    const canvases = page.locator('.dashboard-panel canvas');
    await expect.poll(() => canvases.count(), slow).toBe(3);
    for (const canvas of await canvases.all()) {
      expect(await canvas.getAttribute('role')).toBe('img');
      expect((await canvas.getAttribute('aria-label'))?.length).toBeGreaterThan(20);
      await expect.poll(() => drawnPixels(canvas), slow).toBeGreaterThan(2_000);
    }
    // Their data is drawn, not only axes and legends: the awarded proposals' colour fills bars and the line.
    for (const [chart, colour] of [['#dashboard-pipeline', '#1b7a3e'], ['#dashboard-success', '#0f8a6b'], ['#dashboard-funds', '#0f8a6b']] as const) {
      await expect.poll(() => pixelsOfColour(page.locator(`${chart} canvas`), colour), slow).toBeGreaterThan(1_500);
    }
    // The success rates are told in Greek, as in the chart's ticks and tooltips.
    expect(await page.locator('#dashboard-success canvas').getAttribute('aria-label')).toMatch(/ΕΚΤ\+ \d+(,\d+)?\s?%/);

    const pipeline = await downloadCsv(page, page.locator('#dashboard-pipeline .dashboard-panel__csv'));
    expect(pipeline.columns).toEqual(['status', 'proposals']);
    expect(sum(pipeline.rows.map((row) => Number(row.proposals)))).toBe(
      sum(Object.values(network.proposalsByStatus as Record<string, number>)),
    );
    const programmes = await downloadCsv(page, page.locator('#dashboard-success .dashboard-panel__csv'));
    expect(Math.round(sum(programmes.rows.map((row) => Number(row.requested_eur))) * 100)).toBe(network.requestedCents);
    expect(Math.round(sum(programmes.rows.map((row) => Number(row.awarded_eur))) * 100)).toBe(network.awardedCents);
    const funds = await downloadCsv(page, page.locator('#dashboard-funds .dashboard-panel__csv'));
    expect(Math.round(sum(funds.rows.map((row) => Number(row.awarded_eur))) * 100)).toBe(
      sum(network.fundsOverTime.map((point: { awardedCents: number }) => point.awardedCents)),
    );
    // The figures at the top are the API's, in Greek.
    const requested = new Intl.NumberFormat('el-GR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
      network.requestedCents / 100,
    );
    expect(await page.locator('.dashboard-figures').textContent()).toContain(requested);
    await page.screenshot({ path: join(artifactsDir, 'dashboard-1280.png'), fullPage: true });

    // One municipality: the charts follow, and so do the downloads.
    await page.locator('#dashboard-municipality').selectOption('athens');
    await page.waitForURL(/\/dashboard\?municipality=athens$/);
    await expect.poll(() => page.locator('.dashboard__figures-heading').textContent()).toBe('Με μια ματιά: Αθήνα');
    expect(await page.locator('#dashboard-pipeline .dashboard-panel__csv').getAttribute('href')).toBe(
      '/api/dashboard.csv?table=pipeline&municipality=athens',
    );
    await page.close();

    // On a phone the page stays within the screen's width.
    const phone = await app.openPage(375);
    await loginInBrowser(phone, app.server.url, coordinator);
    await phone.goto(`${app.server.url}/dashboard`);
    await expect.poll(() => phone.locator('.dashboard-panel canvas').count(), slow).toBe(3);
    for (const canvas of await phone.locator('.dashboard-panel canvas').all()) {
      await expect.poll(() => drawnPixels(canvas), slow).toBeGreaterThan(1_000);
    }
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.screenshot({ path: join(artifactsDir, 'dashboard-375.png'), fullPage: true });
    await phone.close();
    expect(app.problems).toEqual([]);
  });

  it('/report?year= shows the year in numbers and prints without the navigation', async () => {
    const officer = await loggedInAs(app.server.url, athens);
    // The year of the demo history with the most submissions.
    const thisYear = Number(athensDay(0).slice(0, 4));
    const reports = await Promise.all(
      [thisYear, thisYear - 1, thisYear - 2].map(async (year) => (await officer.get(`/api/reports/annual?year=${year}`)).body),
    );
    const report = reports.sort((a, b) => b.proposalsSubmitted - a.proposalsSubmitted)[0];
    const greek = (value: number) => new Intl.NumberFormat('el-GR').format(value);

    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, athens);
    await page.goto(`${app.server.url}/report?year=${report.year}`);
    await expect.poll(() => page.locator('h1').textContent(), slow).toBe(`Το CNI σε αριθμούς ${report.year}`);
    const figure = (label: string) => page.locator('.report-figure', { has: page.locator('dt', { hasText: label }) }).locator('dd');
    expect(await figure('Δήμοι-μέλη').textContent()).toBe(greek(report.municipalities));
    expect(await figure('Προτάσεις που υποβλήθηκαν').textContent()).toBe(greek(report.proposalsSubmitted));
    expect(await figure('Επίσημες ανακοινώσεις').textContent()).toBe(greek(report.officialAnnouncements));
    expect(await page.locator('.report-table tbody tr').count()).toBe(report.byProgramme.length);
    expect(await page.locator('#report-year').inputValue()).toBe(String(report.year));

    expect(await page.locator('.main-nav').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.report__toolbar').isVisible()).toBe(false);
    expect(await page.locator('.report-sheet').isVisible()).toBe(true);
    await page.screenshot({ path: join(artifactsDir, 'report-print-1280.png'), fullPage: true });
    await page.close();
    expect(app.problems).toEqual([]);
  });
});
