import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInAs } from '../helpers/api-client.ts';
import { loginInBrowser, startBrowserApp, type BrowserApp } from '../helpers/browser-app.ts';
import { artifactsDir } from '../helpers/browser.ts';

const title = 'Κοινή πρόταση ένταξης Αθήνας και Θεσσαλονίκης';
const athens = 'officer.athens@demo.cni.gr';
const thessaloniki = 'officer.thessaloniki@demo.cni.gr';

/** The editor of the section open on the page, once its socket is connected. */
async function openEditor(page: Page) {
  await page.locator('.connection--connected').waitFor();
  return page.locator('.collab-editor__content');
}

describe('two officers write one proposal together', () => {
  let app: BrowserApp;
  let proposalPath = '';

  beforeAll(async () => {
    app = await startBrowserApp({ withDemoCalls: true });
  }, 120_000);
  afterAll(() => app?.close());

  it('an Athens officer starts a joint proposal with Thessaloniki', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, athens);
    await page.goto(`${app.server.url}/proposals`);
    await page.locator('.proposal-board').waitFor();

    await page.getByRole('link', { name: 'Νέα πρόταση' }).click();
    await page.waitForURL(/\/proposals\/new$/);
    // An officer leads for their own municipality: it is shown, not offered.
    await expect.poll(() => page.locator('.proposal-form__fixed').textContent()).toBe('Αθήνα');
    await page.locator('form.proposal-form button[type="submit"]').click();
    await expect.poll(() => page.locator('#proposal-title').getAttribute('aria-invalid')).toBe('true');

    await page.locator('#proposal-title').fill(title);
    // An open call is chosen; it stays chosen, and offered, while the search box looks for others.
    const firstCall = page.locator('.proposal-form__calls .choice').nth(1);
    await firstCall.waitFor();
    const callId = await firstCall.locator('input').getAttribute('value');
    const callTitle = (await firstCall.textContent())?.split(' · ')[0]?.trim() ?? '';
    const chosenCall = page.locator(`input[name="call"][value="${callId}"]`);
    await chosenCall.check();
    await page.locator('#proposal-call-search').fill('κανένααποτέλεσμαεδώ');
    await expect.poll(() => page.locator('input[name="call"]:not([value=""])').count()).toBe(1);
    expect(await chosenCall.isChecked()).toBe(true);
    await page.locator('input[name="partners"][value="thessaloniki"]').check();
    await page.locator('#proposal-template').selectOption('esf-plus');
    await page.screenshot({ path: join(artifactsDir, 'proposal-new-1280.png'), fullPage: true });
    await page.locator('form.proposal-form button[type="submit"]').click();
    await page.waitForURL(/\/proposals\/[0-9a-f-]{36}$/);
    proposalPath = new URL(page.url()).pathname;
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('.proposal-sections__item').count()).toBeGreaterThan(1);
    expect(await page.locator('.proposal-header__call').textContent()).toContain(callTitle);
    await page.close();
  });

  it('each sees the other’s words appear in the same section, and the server keeps them', async () => {
    expect(proposalPath).not.toBe('');
    // A page of a context takes the context's viewport: Thessaloniki writes on a phone.
    const athensContext = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const thessalonikiContext = await app.browser.newContext({ viewport: { width: 375, height: 900 } });
    const athensPage = await app.openPage(1280, athensContext);
    const thessalonikiPage = await app.openPage(375, thessalonikiContext);
    await loginInBrowser(athensPage, app.server.url, athens);
    await loginInBrowser(thessalonikiPage, app.server.url, thessaloniki);
    await athensPage.goto(app.server.url + proposalPath);
    await thessalonikiPage.goto(app.server.url + proposalPath);

    const athensEditor = await openEditor(athensPage);
    const thessalonikiEditor = await openEditor(thessalonikiPage);
    await athensEditor.click();
    await athensPage.keyboard.type('Η Αθήνα γράφει την αιτιολόγηση.');
    const sentAt = Date.now();
    await expect.poll(() => thessalonikiEditor.textContent()).toContain('Η Αθήνα γράφει την αιτιολόγηση.');
    const latencyMs = Date.now() - sentAt;

    await thessalonikiEditor.click();
    // To the end of the document, wherever the click put the caret: the sentence goes after Athens' one.
    await thessalonikiPage.keyboard.press('Control+End');
    await thessalonikiPage.keyboard.press('Enter');
    await thessalonikiPage.keyboard.type('Η Θεσσαλονίκη προσθέτει τους στόχους.');
    await expect.poll(() => athensEditor.textContent()).toContain('Η Θεσσαλονίκη προσθέτει τους στόχους.');
    expect(await thessalonikiEditor.textContent()).toContain('Η Αθήνα γράφει την αιτιολόγηση.');

    // Each is told who else is here.
    await expect.poll(() => athensPage.locator('.presence__person').allTextContents()).toEqual([
      'Υπεύθυνος/η έργων, Θεσσαλονίκη',
    ]);
    await expect.poll(() => thessalonikiPage.locator('.presence__person').allTextContents()).toEqual([
      'Υπεύθυνος/η έργων, Αθήνα',
    ]);
    await athensPage.screenshot({ path: join(artifactsDir, 'proposal-editor-athens-1280.png'), fullPage: true });
    await thessalonikiPage.screenshot({ path: join(artifactsDir, 'proposal-editor-thessaloniki-375.png'), fullPage: true });

    // The server stored the words: its plain text of the section has both.
    const officer = await loggedInAs(app.server.url, athens);
    const proposal = await officer.get(`/api/proposals/${proposalPath.split('/').pop()}`);
    const sectionId = proposal.body.sections.sort((a: { position: number }, b: { position: number }) => a.position - b.position)[0].id;
    // Both sentences, in either order: on a loaded machine the phone's caret sometimes lands before Athens' text.
    const storedText = async () => String((await officer.get(`/api/proposals/${proposal.body.id}/sections/${sectionId}`)).body.text);
    await expect.poll(storedText, { timeout: 15_000 }).toContain('Η Αθήνα γράφει την αιτιολόγηση.');
    await expect.poll(storedText, { timeout: 15_000 }).toContain('Η Θεσσαλονίκη προσθέτει τους στόχους.');
    console.info(`edit propagation between two browsers: ${latencyMs} ms (upper bound, polled)`);

    await athensContext.close();
    await thessalonikiContext.close();
    expect(app.problems).toEqual([]);
  });

  it('moves the status with its version, and says so when someone else changed the proposal first', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, athens);
    await page.goto(app.server.url + proposalPath);
    const status = page.locator('#proposal-status');
    // Marks the editor's element: reading the proposal again after the move must keep it (and its socket).
    const editor = await openEditor(page);
    await editor.evaluate((element) => element.setAttribute('data-mark', 'kept'));
    await status.selectOption('drafting');
    await expect.poll(() => status.inputValue()).toBe('drafting');
    await expect.poll(() => page.locator('#proposal-status option').allTextContents()).toContain('Έλεγχος');
    expect(await editor.getAttribute('data-mark')).toBe('kept');

    // A colleague renames the proposal in the meantime: the page's version is now stale.
    const officer = await loggedInAs(app.server.url, athens);
    const id = proposalPath.split('/').pop();
    const current = await officer.get(`/api/proposals/${id}`);
    const renamed = await officer.patch(`/api/proposals/${id}`, { version: current.body.version, title: `${title} (β΄)` });
    expect(renamed.status).toBe(200);

    await status.selectOption('review');
    await expect.poll(() => page.locator('.proposal-status [role="alert"]').textContent()).toContain('Κάποιος άλλος άλλαξε');
    expect(await status.inputValue()).toBe('drafting');
    await page.getByRole('button', { name: 'Φόρτωση ξανά' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`${title} (β΄)`);
    await page.close();
  });

  it('keeps comments, tasks, the budget and named versions beside the text', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, athens);
    await page.goto(app.server.url + proposalPath);
    await openEditor(page);

    // A comment that names a colleague, completed from the people of the proposal, then resolved.
    const comment = page.locator('#comment-new');
    await comment.fill('Χρειαζόμαστε τα στοιχεία της @Θεσσαλ');
    await page.locator('.mention-suggestions__person').first().click();
    expect(await comment.inputValue()).toBe('Χρειαζόμαστε τα στοιχεία της @Υπεύθυνος/η έργων, Θεσσαλονίκη ');
    await page.locator('.comment-form').getByRole('button', { name: 'Σχόλιο' }).click();
    const thread = page.locator('.comment-thread').first();
    await expect.poll(() => thread.locator('.comment__body').textContent()).toContain('Χρειαζόμαστε τα στοιχεία');
    await thread.getByRole('button', { name: 'Επίλυση' }).click();
    await expect.poll(() => thread.getAttribute('class')).toContain('comment-thread--resolved');

    // A task with its assignee, then ticked off.
    await page.getByRole('button', { name: 'Εργασίες' }).click();
    await page.locator('#task-title').fill('Απόφαση δημοτικού συμβουλίου');
    await page.locator('#task-assignee').selectOption({ label: 'Υπεύθυνος/η έργων, Θεσσαλονίκη' });
    await page.locator('#task-due').fill('2026-12-15');
    await page.getByRole('button', { name: 'Προσθήκη εργασίας' }).click();
    const task = page.locator('.task', { hasText: 'Απόφαση δημοτικού συμβουλίου' });
    await expect.poll(() => task.locator('.task__meta').textContent()).toContain('15 Δεκ 2026');
    await task.locator('input[type="checkbox"]').check();
    await expect.poll(() => task.getAttribute('class')).toContain('task--done');

    // A budget line in euro, added up by the API in cents.
    await page.locator('#budget-category').selectOption('staff');
    await page.locator('#budget-description').fill('Διαπολιτισμικοί μεσολαβητές');
    await page.locator('#budget-quantity').fill('12');
    await page.locator('#budget-unitCost').fill('2.500,50');
    await page.locator('#budget-funderShare').fill('24.006');
    await page.locator('#budget-ownContribution').fill('6.000');
    await page.getByRole('button', { name: 'Προσθήκη γραμμής' }).click();
    await expect.poll(() => page.locator('.budget-table tfoot').textContent()).toMatch(/30\.006,00\s€.*24\.006,00\s€.*6\.000,00\s€/);
    expect(await page.locator('.budget-rate').textContent()).toMatch(/80\s?%/);

    // A named version of the section, compared with the current text.
    await page.getByRole('button', { name: 'Ιστορικό' }).click();
    await page.locator('#version-name').fill('Πρώτο προσχέδιο');
    await page.getByRole('button', { name: 'Αποθήκευση έκδοσης' }).click();
    const version = page.locator('.version', { hasText: 'Πρώτο προσχέδιο' });
    await version.getByRole('button', { name: 'Σύγκριση με το τωρινό' }).click();
    await expect.poll(() => version.locator('.diff').textContent()).toContain('Η Αθήνα γράφει την αιτιολόγηση.');
    await page.screenshot({ path: join(artifactsDir, 'proposal-panels-1280.png'), fullPage: true });

    // The export links download the proposal with the words written together and the budget.
    const docxHref = await page.getByRole('link', { name: 'DOCX' }).getAttribute('href');
    const docx = await page.request.get(app.server.url + docxHref);
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toContain('wordprocessingml');
    const markdownHref = await page.getByRole('link', { name: 'Markdown' }).getAttribute('href');
    const markdown = await page.request.get(app.server.url + markdownHref);
    expect(markdown.status()).toBe(200);
    const text = await markdown.text();
    expect(text).toContain('Η Θεσσαλονίκη προσθέτει τους στόχους.');
    expect(text).toContain('Διαπολιτισμικοί μεσολαβητές');
    await page.close();
    expect(app.problems).toEqual([]);
  });

  it('edits a task and a budget line in place, and reloads a task or a line someone else changed first', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, athens);
    await page.goto(app.server.url + proposalPath);
    await openEditor(page);
    const officer = await loggedInAs(app.server.url, athens);
    const id = proposalPath.split('/').pop();

    // The task opens in a form showing what it holds; the due day is the Athens one.
    await page.getByRole('button', { name: 'Εργασίες' }).click();
    await page.getByRole('button', { name: 'Επεξεργασία της εργασίας «Απόφαση δημοτικού συμβουλίου»' }).click();
    const taskForm = page.locator('.task-form--edit');
    expect(await taskForm.locator('input[name="title"]').inputValue()).toBe('Απόφαση δημοτικού συμβουλίου');
    expect(await taskForm.locator('input[name="dueAt"]').inputValue()).toBe('2026-12-15');
    await taskForm.locator('input[name="title"]').fill('Απόφαση δημοτικού συμβουλίου για τη συμμετοχή');
    await taskForm.locator('select[name="assignee"]').selectOption('');
    await taskForm.locator('input[name="dueAt"]').fill('2026-12-20');
    await taskForm.getByRole('button', { name: 'Αποθήκευση' }).click();
    const task = page.locator('.task', { hasText: 'Απόφαση δημοτικού συμβουλίου για τη συμμετοχή' });
    await expect.poll(() => task.locator('.task__meta').textContent()).toBe('έως 20 Δεκ 2026');
    const [stored] = (await officer.get(`/api/proposals/${id}/tasks`)).body;
    expect(stored).toMatchObject({ assigneeUserId: null, dueAt: '2026-12-20T21:59:00.000Z', done: true });

    // A colleague renames it while the form is open: the save is refused and the task read again.
    await page.getByRole('button', { name: 'Επεξεργασία της εργασίας «Απόφαση δημοτικού συμβουλίου για τη συμμετοχή»' }).click();
    const renamed = await officer.patch(`/api/proposals/${id}/tasks/${stored.id}`, { version: stored.version, title: 'Απόφαση Δ.Σ.' });
    expect(renamed.status).toBe(200);
    await taskForm.locator('input[name="title"]').fill('Να μη σωθεί');
    await taskForm.getByRole('button', { name: 'Αποθήκευση' }).click();
    await expect.poll(() => page.locator('.task [role="alert"]').textContent()).toContain('φορτώθηκε ξανά');
    await expect.poll(() => taskForm.locator('input[name="title"]').inputValue()).toBe('Απόφαση Δ.Σ.');
    await taskForm.getByRole('button', { name: 'Άκυρο' }).click();

    // A task added by mistake is deleted, after a question.
    await page.locator('#task-title').fill('Προσωρινή εργασία');
    await page.getByRole('button', { name: 'Προσθήκη εργασίας' }).click();
    const temporary = page.locator('.task', { hasText: 'Προσωρινή εργασία' });
    await temporary.getByRole('button', { name: 'Διαγραφή της εργασίας «Προσωρινή εργασία»' }).click();
    await temporary.getByRole('button', { name: 'Διαγραφή', exact: true }).click();
    await expect.poll(() => page.locator('.task__title').allTextContents()).toEqual(['Απόφαση Δ.Σ.']);

    // The budget line: twelve months become ten; the own contribution stays and the funder's share follows.
    await page.getByRole('button', { name: 'Επεξεργασία της γραμμής «Διαπολιτισμικοί μεσολαβητές»' }).click();
    const lineForm = page.locator('.budget-form--edit');
    expect(await lineForm.locator('input[name="quantity"]').inputValue()).toBe('12');
    expect(await lineForm.locator('input[name="unitCost"]').inputValue()).toBe('2.500,50');
    await lineForm.locator('input[name="quantity"]').fill('10');
    await page.screenshot({ path: join(artifactsDir, 'proposal-edit-in-place-1280.png'), fullPage: true });
    await lineForm.getByRole('button', { name: 'Αποθήκευση' }).click();
    await expect.poll(() => page.locator('.budget-table tfoot').textContent()).toMatch(/25\.005,00\s€.*19\.005,00\s€.*6\.000,00\s€/);
    expect(await page.locator('.budget-table tbody').textContent()).toContain('25.005,00');
    expect(await page.locator('.budget-form--edit').count()).toBe(0);
    expect(await page.locator('.budget-rate').textContent()).toMatch(/76\s?%/);

    // A colleague changes the line while its form is open: the save is refused and the line read again.
    await page.getByRole('button', { name: 'Επεξεργασία της γραμμής «Διαπολιτισμικοί μεσολαβητές»' }).click();
    const { lines } = (await officer.get(`/api/proposals/${id}/budget`)).body;
    const mediators = lines.find((line: { description: string }) => line.description === 'Διαπολιτισμικοί μεσολαβητές');
    const changed = await officer.patch(`/api/proposals/${id}/budget/lines/${mediators.id}`, { version: mediators.version, quantityMilli: 9000 });
    expect(changed.status).toBe(200);
    await lineForm.locator('input[name="quantity"]').fill('11');
    await lineForm.getByRole('button', { name: 'Αποθήκευση' }).click();
    await expect.poll(() => page.locator('.budget-table [role="alert"]').textContent()).toContain('φορτώθηκε ξανά');
    await expect.poll(() => page.locator('.budget-form--edit input[name="quantity"]').inputValue()).toBe('9');
    expect((await officer.get(`/api/proposals/${id}/budget`)).body.lines.find((line: { id: string }) => line.id === mediators.id).quantityMilli).toBe(9000);
    await page.locator('.budget-form--edit').getByRole('button', { name: 'Άκυρο' }).click();
    await page.close();

    // The same forms on a phone.
    const phone = await app.openPage(375);
    await loginInBrowser(phone, app.server.url, athens);
    await phone.goto(app.server.url + proposalPath);
    await openEditor(phone);
    await phone.getByRole('button', { name: 'Εργασίες' }).click();
    await phone.getByRole('button', { name: 'Επεξεργασία της εργασίας «Απόφαση Δ.Σ.»' }).click();
    await phone.getByRole('button', { name: 'Επεξεργασία της γραμμής «Διαπολιτισμικοί μεσολαβητές»' }).click();
    await phone.locator('.budget-form--edit').waitFor();
    await phone.screenshot({ path: join(artifactsDir, 'proposal-edit-in-place-375.png'), fullPage: true });
    await phone.close();
    expect(app.problems).toEqual([]);
  });

  it('adds, renames and moves a section, and keeps milestones under the deadline', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, athens);
    await page.goto(app.server.url + proposalPath);
    await openEditor(page);

    await page.getByRole('button', { name: 'Νέα ενότητα' }).click();
    await page.getByLabel('Τίτλος νέας ενότητας').fill('Παράρτημα: επιστολές');
    await page.locator('.section-tools__form').getByRole('button', { name: 'Νέα ενότητα' }).click();
    // The new section is the one opened.
    await expect.poll(() => page.locator('#proposal-section-title').textContent()).toBe('Παράρτημα: επιστολές');
    await page.getByRole('button', { name: 'Μετονομασία ενότητας' }).click();
    await page.getByLabel('Τίτλος ενότητας').fill('Παράρτημα: επιστολές εταίρων');
    await page.locator('.section-tools__form').getByRole('button', { name: 'Αποθήκευση' }).click();
    await expect.poll(() => page.locator('.proposal-sections__item[aria-current="true"]').textContent()).toBe('Παράρτημα: επιστολές εταίρων');
    expect((await page.locator('.proposal-sections__item').allTextContents()).at(-1)).toBe('Παράρτημα: επιστολές εταίρων');

    // The last section cannot go further down; one place up puts it before the section that was before it.
    const before = await page.locator('.proposal-sections__item').allTextContents();
    expect(await page.getByRole('button', { name: 'Μετακίνηση της ενότητας «Παράρτημα: επιστολές εταίρων» μία θέση κάτω' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Μετακίνηση της ενότητας «Παράρτημα: επιστολές εταίρων» μία θέση επάνω' }).click();
    const moved = [...before.slice(0, -2), before.at(-1)!, before.at(-2)!];
    await expect.poll(() => page.locator('.proposal-sections__item').allTextContents()).toEqual(moved);
    // Keyboard users keep their place, and hear where the section went.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Μετακίνηση της ενότητας «Παράρτημα: επιστολές εταίρων» μία θέση επάνω',
    );
    expect(await page.locator('.section-tools [aria-live="polite"]').textContent()).toBe(`Η ενότητα «Παράρτημα: επιστολές εταίρων» είναι τώρα η ${moved.length - 1}η.`);
    await page.reload();
    await expect.poll(() => page.locator('.proposal-sections__item').allTextContents()).toEqual(moved);
    await expect.poll(() => page.locator('.proposal-sections__item[aria-current="true"]').textContent()).toBe('Παράρτημα: επιστολές εταίρων');

    await page.getByRole('button', { name: 'Νέο ορόσημο' }).click();
    await page.locator('#milestone-title').fill('Επιστολές εταίρων');
    await page.locator('#milestone-due').fill('2026-12-10');
    await page.locator('.milestone-form').getByRole('button', { name: 'Νέο ορόσημο' }).click();
    const milestone = page.locator('.milestone', { hasText: 'Επιστολές εταίρων' });
    await expect.poll(() => milestone.locator('.milestone__date').textContent()).toBe('10 Δεκ 2026');
    expect(await milestone.locator('time').getAttribute('datetime')).toBe('2026-12-10T21:59:00.000Z');
    await page.screenshot({ path: join(artifactsDir, 'proposal-sections-milestones-1280.png'), fullPage: true });
    await milestone.getByRole('button', { name: 'Διαγραφή του ορόσημου «Επιστολές εταίρων»' }).click();
    await milestone.getByRole('button', { name: 'Διαγραφή', exact: true }).click();
    await expect.poll(() => page.locator('.milestone').count()).toBe(0);
    await page.close();
    expect(app.problems).toEqual([]);
  });

  it('adds a partner in the settings, which only editors see', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, athens);
    await page.goto(app.server.url + proposalPath);
    await openEditor(page);
    await page.getByRole('button', { name: 'Ρυθμίσεις' }).click();
    const settings = page.locator('.proposal-settings__form');
    // The lead is no partner of its own; the proposal answers a call, so the call's deadline counts and none is asked.
    expect(await settings.locator('input[name="partners"][value="athens"]').count()).toBe(0);
    expect(await settings.locator('input[name="partners"][value="thessaloniki"]').isChecked()).toBe(true);
    expect(await settings.locator('input[name="deadlineDate"]').count()).toBe(0);
    await settings.locator('input[name="partners"][value="piraeus"]').check();
    await page.screenshot({ path: join(artifactsDir, 'proposal-settings-1280.png'), fullPage: true });
    await settings.getByRole('button', { name: 'Αποθήκευση ρυθμίσεων' }).click();
    await expect.poll(() => page.locator('.proposal-settings [role="status"]').textContent()).toBe('Οι ρυθμίσεις αποθηκεύτηκαν.');
    await expect.poll(() => page.locator('.proposal-header__meta').textContent()).toContain('Πειραιάς');

    const officer = await loggedInAs(app.server.url, athens);
    const stored = await officer.get(`/api/proposals/${proposalPath.split('/').pop()}`);
    expect(stored.body.partnerMunicipalities.map((partner: { slug: string }) => partner.slug).sort()).toEqual(['piraeus', 'thessaloniki']);
    await page.close();

    const phone = await app.openPage(375);
    await loginInBrowser(phone, app.server.url, athens);
    await phone.goto(app.server.url + proposalPath);
    await openEditor(phone);
    await phone.getByRole('button', { name: 'Ρυθμίσεις' }).click();
    expect(await phone.locator('.proposal-settings__form input[name="partners"][value="piraeus"]').isChecked()).toBe(true);
    await phone.screenshot({ path: join(artifactsDir, 'proposal-settings-375.png'), fullPage: true });
    await phone.close();

    // A reviewer may not change the proposal's own facts: no settings for the coordination team.
    const coordinator = await app.openPage(1280);
    await loginInBrowser(coordinator, app.server.url, 'coordinator@demo.cni.gr');
    await coordinator.goto(app.server.url + proposalPath);
    await openEditor(coordinator);
    expect(await coordinator.getByRole('button', { name: 'Ρυθμίσεις' }).count()).toBe(0);
    await coordinator.close();
    expect(app.problems).toEqual([]);
  });

  it('lets the coordination team read the text without editing it, and comment', async () => {
    const page = await app.openPage(1280);
    await loginInBrowser(page, app.server.url, 'coordinator@demo.cni.gr');
    await page.goto(app.server.url + proposalPath);
    const editor = await openEditor(page);
    await expect.poll(() => editor.textContent()).toContain('Η Θεσσαλονίκη προσθέτει τους στόχους.');
    expect(await editor.getAttribute('contenteditable')).toBe('false');
    expect(await page.locator('.collab-editor__bar').textContent()).toContain('Μόνο ανάγνωση');
    await page.locator('#comment-new').fill('Να προστεθούν δείκτες αποτελέσματος.');
    await page.locator('.comment-form').getByRole('button', { name: 'Σχόλιο' }).click();
    await expect.poll(() => page.locator('.comment__body').allTextContents()).toContain('Να προστεθούν δείκτες αποτελέσματος.');
    await page.close();
    expect(app.problems).toEqual([]);
  });

  it('shows the proposal on the pipeline board and in the list with deadlines', async () => {
    for (const width of [1280, 375]) {
      const page = await app.openPage(width);
      await loginInBrowser(page, app.server.url, athens);
      await page.goto(`${app.server.url}/proposals`);
      const column = page.locator('.proposal-column--drafting');
      await expect.poll(() => column.locator('.proposal-card__title').allTextContents()).toContain(`${title} (β΄)`);
      await page.screenshot({ path: join(artifactsDir, `proposals-board-${width}.png`), fullPage: true });
      await page.getByRole('button', { name: 'Λίστα με προθεσμίες' }).click();
      await expect.poll(() => page.locator('.proposal-table tbody th a').allTextContents()).toContain(`${title} (β΄)`);
      await page.screenshot({ path: join(artifactsDir, `proposals-list-${width}.png`), fullPage: true });
      await page.close();
    }
    expect(app.problems).toEqual([]);
  });
});
