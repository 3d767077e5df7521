import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInAs, type ApiClient } from '../helpers/api-client.ts';
import { loginInBrowser, startBrowserApp, type BrowserApp } from '../helpers/browser-app.ts';
import { artifactsDir } from '../helpers/browser.ts';

const athens = 'officer.athens@demo.cni.gr';
const larissa = 'officer.larissa@demo.cni.gr';
const coordinator = 'coordinator@demo.cni.gr';
const dayMs = 24 * 60 * 60 * 1000;

const callTitle = 'Ενίσχυση δομών υποδοχής και ένταξης μεταναστών στους δήμους';
const pastLessonTitle = 'Η απόφαση του δημοτικού συμβουλίου για τη συμμετοχή θέλει έναν μήνα';
const ownLessonTitle = 'Η βεβαίωση του Λογιστηρίου για τη συγχρηματοδότηση θέλει τρεις εβδομάδες';

/** A proposal of Athens moved through the workflow to `until` (submitted, then perhaps a decision). */
async function decidedProposal(officer: ApiClient, title: string, until: 'submitted' | 'rejected') {
  const created = await officer.post('/api/proposals', { title, leadMunicipality: 'athens', template: 'esf-plus' });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  let proposal = created.body;
  for (const status of ['drafting', 'review', 'submitted', 'rejected']) {
    const moved = await officer.patch(`/api/proposals/${proposal.id}`, { version: proposal.version, status });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    proposal = moved.body;
    if (status === until) break;
  }
  return proposal as { id: string; title: string };
}

/** The tags and attributes in the page that could run script: there must be none. */
function findRunnableMarkup(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.toLowerCase().startsWith('on')) found.push(`${element.tagName}[${attribute.name}]`);
      }
    }
    for (const anchor of Array.from(document.querySelectorAll('a'))) {
      if (/^\s*javascript:/i.test(anchor.getAttribute('href') ?? '')) found.push(`a[href=${anchor.getAttribute('href')}]`);
    }
    for (const script of Array.from(document.querySelectorAll('.practice-body script, .practice-body iframe'))) found.push(script.tagName);
    return found;
  });
}

describe('lessons and good practices in the browser', () => {
  let app: BrowserApp;
  let callId = '';
  let decidedProposalId = '';

  beforeAll(async () => {
    app = await startBrowserApp();
    // An open ESF+ call, and a past ESF+ submission of Athens with the lesson it left, made as people would.
    const team = await loggedInAs(app.server.url, coordinator);
    const now = Date.now();
    const call = await team.post('/api/calls', {
      title: callTitle,
      summary: 'Χρηματοδότηση κέντρων ένταξης μεταναστών και δομών υποδοχής των δήμων, με στελέχωση και διερμηνεία.',
      funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
      programme: 'esf-plus',
      openingDate: new Date(now - 10 * dayMs).toISOString(),
      deadline: new Date(now + 60 * dayMs).toISOString(),
      budgetCents: 300_000_000,
      eligibleApplicants: ['municipalities'],
      themes: ['municipal-services'],
      official: false,
    });
    expect(call.status, JSON.stringify(call.body)).toBe(201);
    callId = call.body.id;

    const officer = await loggedInAs(app.server.url, athens);
    const past = await decidedProposal(officer, 'Δομή υποδοχής μεταναστών Αθήνας 2024', 'rejected');
    const lesson = await officer.post('/api/lessons', {
      proposalId: past.id,
      title: pastLessonTitle,
      whatHappened: 'Η απόφαση του δημοτικού συμβουλίου πέρασε δύο μέρες πριν την προθεσμία και η υποβολή έγινε βιαστικά.',
      nextTime: 'Ζητάμε θέμα στο δημοτικό συμβούλιο μόλις δημοσιευτεί η πρόσκληση.',
      programme: 'esf-plus',
      funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
      themes: ['municipal-services'],
      phase: 'preparation',
      sharing: 'network',
    });
    expect(lesson.status, JSON.stringify(lesson.body)).toBe(201);
    decidedProposalId = (await decidedProposal(officer, 'Κέντρο Ένταξης Μεταναστών Αθήνας 2025', 'submitted')).id;
  }, 120_000);
  afterAll(() => app?.close());

  it('shows an Athens officer the lessons of past ESF+ submissions on an ESF+ call and when starting a proposal for it', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, athens);
    await page.goto(`${app.server.url}/calls/${callId}`);
    // The three closest first; the others on request.
    const panel = page.locator('.call-lessons');
    await expect.poll(() => panel.locator('.related-lesson').count()).toBe(3);
    await panel.screenshot({ path: join(artifactsDir, 'call-lessons-1280.png') });
    await panel.getByRole('button', { name: /^Δείτε ακόμη \d+ διδάγματα$/ }).click();
    await expect.poll(() => panel.locator('.related-lesson__title').allTextContents()).toContain(pastLessonTitle);
    expect(await panel.getByRole('button', { name: /^Δείτε ακόμη/ }).count()).toBe(0);
    const lesson = panel.locator('.related-lesson', { hasText: pastLessonTitle });
    expect(await lesson.locator('.related-lesson__why').textContent()).toMatch(/ίδιο πρόγραμμα \(ΕΚΤ\+\).*ίδιος φορέας/);
    expect(await lesson.locator('.badge--sharing').textContent()).toBe('Δίκτυο');

    // Choosing the call for a new proposal tells how many ESF+ lessons there are, and the closest ones.
    await page.goto(`${app.server.url}/proposals/new`);
    await page.locator('#proposal-call-search').fill('δομών υποδοχής μεταναστών');
    const choice = page.locator(`input[name="call"][value="${callId}"]`);
    await choice.check();
    const officer = await loggedInAs(app.server.url, athens);
    const offered: { title: string; programme: string }[] = (await officer.get(`/api/calls/${callId}/lessons`)).body;
    const ofEsf = offered.filter((candidate) => candidate.programme === 'esf-plus');
    expect(ofEsf.map((candidate) => candidate.title)).toContain(pastLessonTitle);
    const hint = page.locator('.call-lessons-hint');
    await expect.poll(() => hint.locator('.call-lessons-hint__title').textContent()).toBe(`${ofEsf.length} διδάγματα από προηγούμενες υποβολές στο ΕΚΤ+`);
    expect(await hint.locator('.related-lesson__title').allTextContents()).toEqual(ofEsf.slice(0, 3).map((candidate) => candidate.title));
    await page.close();
    expect(app.problems).toEqual([]);
  });

  it('records the outcome and a lesson of a decided proposal through the forms, and finds the lesson by a Greek word however written', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, athens);
    await page.goto(`${app.server.url}/proposals/${decidedProposalId}`);
    const outcome = page.locator('.proposal-outcome');
    await outcome.getByRole('button', { name: 'Καταγραφή αποτελέσματος' }).click();
    await page.locator('#outcome-requested').fill('250.000');
    await page.locator('#outcome-score').fill('72,5');
    await page.locator('#outcome-maxScore').fill('');
    await page.locator('#outcome-feedback').fill('Καλή τεκμηρίωση των αναγκών· αδύναμο σχέδιο βιωσιμότητας.');
    await outcome.getByRole('button', { name: 'Αποθήκευση αποτελέσματος' }).click();
    // A score means nothing without its maximum: the form says so at the field.
    await expect.poll(() => page.locator('#outcome-maxScore').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#outcome-maxScore').fill('100');
    await outcome.getByRole('button', { name: 'Αποθήκευση αποτελέσματος' }).click();
    await expect.poll(() => outcome.locator('.outcome-facts').textContent()).toMatch(/250\.000,00\s€.*72,5 από 100/);

    // The evaluation report: a file that is no PDF is refused by the API, a PDF is kept and downloaded.
    await page.locator('#outcome-file').setInputFiles({ name: 'σημειώσεις.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf at all') });
    await outcome.getByRole('button', { name: 'Ανέβασμα', exact: true }).click();
    await expect.poll(() => page.locator('#outcome-file-error').textContent()).toBe('Μόνο αρχεία PDF.');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await page.locator('#outcome-file').setInputFiles({ name: 'Έκθεση αξιολόγησης.pdf', mimeType: 'application/pdf', buffer: pdf });
    await outcome.getByRole('button', { name: 'Ανέβασμα', exact: true }).click();
    const report = outcome.locator('.outcome-report__file a');
    await expect.poll(() => report.textContent()).toBe('Έκθεση αξιολόγησης.pdf');
    const download = await page.request.get(app.server.url + (await report.getAttribute('href')));
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/pdf');
    expect((await download.body()).equals(pdf)).toBe(true);
    await outcome.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifactsDir, 'proposal-outcome-1280.png'), fullPage: true });

    const officer = await loggedInAs(app.server.url, athens);
    expect((await officer.get(`/api/proposals/${decidedProposalId}/outcome`)).body).toMatchObject({
      requestedCents: 25_000_000,
      awardedCents: null,
      evaluatorScore: 72.5,
      evaluatorMaxScore: 100,
      attachment: { name: 'Έκθεση αξιολόγησης.pdf', bytes: pdf.length },
    });

    // A lesson kept to Athens, written from the outcome panel: the form knows the proposal and its programme.
    await outcome.getByRole('link', { name: 'Καταγραφή διδάγματος' }).click();
    await page.waitForURL(/\/lessons\/new\?proposal=/);
    await expect.poll(() => page.locator('#lesson-programme').inputValue()).toBe('esf-plus');
    await page.locator('#lesson-title').fill(ownLessonTitle);
    await page.locator('#lesson-whatHappened').fill('Η βεβαίωση δεσμεύσεων ζητήθηκε την τελευταία εβδομάδα και ήρθε μετά την προθεσμία.');
    await page.locator('#lesson-nextTime').fill('Ζητάμε τη βεβαίωση από το Λογιστήριο μόλις αποφασιστεί η συμμετοχή.');
    await page.locator('#lesson-phase').selectOption('budget');
    await page.locator('input[name="themes"][value="municipal-services"]').check();
    await page.locator('input[name="sharing"][value="municipality"]').check();
    await page.locator('form.lesson-form button[type="submit"]').click();
    await page.waitForURL(/\/lessons$/);

    // Searched in capitals, without accents, in the plural: still found, the word marked where it stands.
    await page.locator('#lessons-search').fill('ΒΕΒΑΙΩΣΕΙΣ');
    await page.waitForURL(/q=/);
    const card = page.locator('.lesson-card', { hasText: ownLessonTitle });
    await card.waitFor();
    expect(await card.locator('.lesson-card__title mark').allTextContents()).toEqual(['βεβαίωση']);
    expect(await card.locator('.badge--sharing').textContent()).toBe('Μόνο ο δήμος');
    expect(await card.locator('.lesson-card__meta').textContent()).toContain('Κέντρο Ένταξης Μεταναστών Αθήνας 2025');
    expect(await page.locator('.lesson-card', { hasText: pastLessonTitle }).count()).toBe(0);
    await page.screenshot({ path: join(artifactsDir, 'lessons-1280.png'), fullPage: true });

    // Its author sharpens it later: the form opens with what is stored and saves with its version.
    await card.getByRole('link', { name: `Επεξεργασία του διδάγματος «${ownLessonTitle}»` }).click();
    await page.waitForURL(/\/lessons\/[^/]+\/edit$/);
    expect(await page.locator('#lesson-phase').inputValue()).toBe('budget');
    expect(await page.locator('input[name="sharing"][value="municipality"]').isChecked()).toBe(true);
    await page.locator('#lesson-nextTime').fill('Ζητάμε τη βεβαίωση από το Λογιστήριο την ημέρα που αποφασίζεται η συμμετοχή.');
    await page.locator('form.lesson-form button[type="submit"]').click();
    await page.waitForURL(/\/lessons$/);
    await expect.poll(() => page.locator('.lesson-card', { hasText: ownLessonTitle }).locator('.lesson-card__text--next').textContent()).toContain(
      'την ημέρα που αποφασίζεται',
    );
    await page.close();
    expect(app.problems).toEqual([]);
  });

  it('publishes a coordinator’s good practice whose Markdown tries to run script, and none of it runs', async () => {
    const page = await app.openPage(1280);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await loginInBrowser(page, app.server.url, coordinator);
    await page.goto(`${app.server.url}/good-practices`);
    await page.getByRole('link', { name: 'Νέα καλή πρακτική' }).click();
    await page.waitForURL(/\/good-practices\/new$/);
    await page.locator('#practice-title').fill('Ενιαία θυρίδα για νεοαφιχθέντες στη Λάρισα');
    await page.locator('#practice-municipality').selectOption('larissa');
    await page.locator('#practice-programme').selectOption('amif');
    await page.locator('#practice-summary').fill('Μία θυρίδα στο δημαρχείο για εγγραφή, σχολείο, υγεία και μαθήματα ελληνικών.');
    await page.locator('#practice-body').fill(
      [
        '## Τι κάναμε',
        '',
        'Ένας υπάλληλος και ένας διερμηνέας δέχονται τις οικογένειες **κάθε πρωί**.',
        '',
        '<script>window.__xss = "script"; alert("script")</script>',
        '',
        '<img src=x onerror="window.__xss = \'img\'; alert(\'img\')">',
        '',
        '[Πατήστε εδώ](javascript:window.__xss=\'link\';alert(\'link\'))',
        '',
        '- Εγγραφή στο μητρώο',
        '- Ραντεβού στο σχολείο',
      ].join('\n'),
    );
    await page.locator('input[name="contactName"]').first().fill('Ελένη Παπαδοπούλου');
    await page.locator('input[name="contactRole"]').first().fill('Υπεύθυνη ΚΕΜ');
    await page.locator('input[name="contactEmail"]').first().fill('kem@larissa.gr');
    await page.locator('input[name="linkLabel"]').first().fill('Η θυρίδα στον ιστότοπο του δήμου');
    await page.locator('input[name="linkUrl"]').first().fill('https://www.larissa.gr/kem');
    await page.locator('form.practice-form button[type="submit"]').click();
    await page.waitForURL(/\/good-practices\/[0-9a-f-]{36}$/);

    const body = page.locator('.practice-body');
    await expect.poll(() => body.locator('h2').textContent()).toBe('Τι κάναμε');
    expect(await body.locator('strong').textContent()).toBe('κάθε πρωί');
    expect(await body.locator('li').allTextContents()).toEqual(['Εγγραφή στο μητρώο', 'Ραντεβού στο σχολείο']);
    // The link that would run script is clicked, as a curious colleague would.
    const trap = body.getByText('Πατήστε εδώ');
    if ((await trap.count()) > 0) await trap.first().click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await findRunnableMarkup(page)).toEqual([]);
    expect(await page.locator('.practice-contact__name').textContent()).toBe('Ελένη Παπαδοπούλου');
    expect(await page.locator('.practice-links a').first().getAttribute('href')).toBe('https://www.larissa.gr/kem');
    await page.screenshot({ path: join(artifactsDir, 'good-practice-1280.png'), fullPage: true });

    // Edited later: the form holds what was written, contacts and links included.
    await page.getByRole('link', { name: 'Επεξεργασία' }).click();
    await page.waitForURL(/\/edit$/);
    expect(await page.locator('input[name="contactEmail"]').first().inputValue()).toBe('kem@larissa.gr');
    await page.locator('#practice-summary').fill('Μία θυρίδα στο δημαρχείο για εγγραφή, σχολείο, υγεία, εργασία και μαθήματα ελληνικών.');
    await page.locator('form.practice-form button[type="submit"]').click();
    await page.waitForURL(/\/good-practices\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('.practice-header .page-header__intro').textContent()).toContain('εργασία');
    expect(await findRunnableMarkup(page)).toEqual([]);

    // The practice is found in the list by a word of its summary.
    await page.goto(`${app.server.url}/good-practices?q=${encodeURIComponent('θυρίδα')}`);
    await expect.poll(() => page.locator('.practice-card .call-card__title').allTextContents()).toContain('Ενιαία θυρίδα για νεοαφιχθέντες στη Λάρισα');
    await page.close();
    expect(app.problems).toEqual([]);
  });

  it('keeps Athens’ municipality-only lesson from a Larissa officer, on a phone', async () => {
    const page = await app.openPage(375);
    await loginInBrowser(page, app.server.url, larissa);
    await page.goto(`${app.server.url}/lessons`);
    await page.locator('.lesson-card').first().waitFor();
    const titles = await page.locator('.lesson-card__title').allTextContents();
    expect(titles).not.toContain(ownLessonTitle);

    // Searched for by its own words: nothing; the network's lesson of the same city is there.
    await page.goto(`${app.server.url}/lessons?q=${encodeURIComponent('λογιστηρίου βεβαίωση')}`);
    await page.locator('.notice--empty').waitFor();
    expect(await page.locator('.lesson-card').count()).toBe(0);
    await page.goto(`${app.server.url}/lessons?q=${encodeURIComponent('δημοτικού συμβουλίου')}`);
    await expect.poll(() => page.locator('.lesson-card__title').allTextContents()).toContain(pastLessonTitle);
    await page.screenshot({ path: join(artifactsDir, 'lessons-375.png'), fullPage: true });

    const officer = await loggedInAs(app.server.url, larissa);
    const found = await officer.get(`/api/lessons?q=${encodeURIComponent('Λογιστηρίου')}`);
    expect(found.body.items.map((lesson: { title: string }) => lesson.title)).not.toContain(ownLessonTitle);
    await page.close();
    expect(app.problems).toEqual([]);
  });
});
