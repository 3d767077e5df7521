import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginInBrowser, startBrowserApp, type BrowserApp } from '../helpers/browser-app.ts';
import { artifactsDir } from '../helpers/browser.ts';

describe('an administrator brings in a new officer', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it('invites by a one-time link, the invitee lands logged in, and once disabled is refused', async () => {
    const adminContext = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await adminContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
    const admin = await app.openPage(1280, adminContext);
    await loginInBrowser(admin, app.server.url, 'admin@demo.cni.gr');

    // Admins find the administration in the main navigation.
    await admin.getByRole('link', { name: 'Διαχείριση', exact: true }).click();
    await admin.waitForURL(/\/admin$/);
    // Each officer's row shows their municipality, though the list of municipalities arrives after the table.
    const athensRow = admin.locator('tr[data-email="officer.athens@demo.cni.gr"]');
    await expect.poll(() => athensRow.getByLabel('Δήμος').inputValue()).toBe('athens');
    expect(await athensRow.getByLabel('Ρόλος').inputValue()).toBe('officer');

    const form = admin.locator('form.invitation-form');
    await form.getByLabel('Email').fill('nea.ypallilos@athens.gr');
    await form.getByLabel('Δήμος').selectOption('athens');
    await form.getByRole('button', { name: 'Δημιουργία συνδέσμου' }).click();
    const linkField = admin.locator('#invitation-link-url');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`^${app.server.url}/invitation/[\\w-]{43}$`));
    await admin.getByRole('button', { name: 'Αντιγραφή' }).click();
    await expect.poll(() => admin.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await admin.locator('tr[data-email="nea.ypallilos@athens.gr"]').getByText('Σε αναμονή').waitFor();
    await admin.screenshot({ path: join(artifactsDir, 'admin-users-1280.png'), fullPage: true });

    // The invitee opens the link in a browser of their own, on a phone.
    // A context's pages take their viewport from the context.
    const inviteeContext = await app.browser.newContext({ viewport: { width: 375, height: 900 } });
    const invitee = await app.openPage(375, inviteeContext);
    await invitee.goto(link);
    await expect.poll(() => invitee.locator('#invitation-email').inputValue()).toBe('nea.ypallilos@athens.gr');
    await invitee.getByLabel('Ονοματεπώνυμο').fill('Μαρία Νέα');
    await invitee.locator('#invitation-password').fill('password1234');
    await invitee.locator('#invitation-repeat').fill('password1234');
    await invitee.getByRole('button', { name: 'Δημιουργία λογαριασμού' }).click();
    // The API's rule, not a guess of the page: this one is too common.
    await expect.poll(() => invitee.getByRole('alert').textContent()).toMatch(/κοινούς/);
    await invitee.locator('#invitation-password').fill('ελιές και θάλασσα το πρωί');
    await invitee.locator('#invitation-repeat').fill('ελιές και θάλασσα το πρωί');
    expect(await invitee.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await invitee.screenshot({ path: join(artifactsDir, 'invitation-accept-375.png'), fullPage: true });
    await invitee.getByRole('button', { name: 'Δημιουργία λογαριασμού' }).click();
    await invitee.waitForURL((url) => !url.pathname.startsWith('/invitation'));
    await invitee.getByText('Μαρία Νέα').first().waitFor();
    expect(await invitee.evaluate(async () => (await fetch('/api/me')).status)).toBe(200);

    // The link was for one use.
    const strangerContext = await app.browser.newContext();
    const again = await app.openPage(375, strangerContext);
    await again.goto(link);
    await again.getByText('Ο σύνδεσμος δεν ισχύει').waitFor();
    await strangerContext.close();

    // The administrator disables the new account: the invitee's very next request is refused.
    await admin.reload();
    const row = admin.locator('tr[data-email="nea.ypallilos@athens.gr"]');
    await row.getByRole('button', { name: 'Απενεργοποίηση' }).click();
    await row.getByText('Απενεργοποιημένος').waitFor();
    expect(await invitee.evaluate(async () => (await fetch('/api/me')).status)).toBe(401);

    // Each step is in the audit log.
    await admin.goto(`${app.server.url}/admin/audit`);
    for (const action of ['user.disable', 'invitation.accept', 'invitation.create']) {
      await admin.locator('code', { hasText: new RegExp(`^${action.replace('.', '\\.')}$`) }).first().waitFor();
    }
    await admin.screenshot({ path: join(artifactsDir, 'admin-audit-1280.png') });
    expect(app.problems).toEqual([]);
    await adminContext.close();
    await inviteeContext.close();
  });

  it('lets someone change their password and log out everywhere from their account page', async () => {
    const phoneContext = await app.browser.newContext();
    const phone = await app.openPage(1280, phoneContext);
    await loginInBrowser(phone, app.server.url, 'officer.larissa@demo.cni.gr');
    const laptopContext = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const laptop = await app.openPage(1280, laptopContext);
    await loginInBrowser(laptop, app.server.url, 'officer.larissa@demo.cni.gr');

    // The name in the header leads to the account page.
    await laptop.locator('a.account__name').click();
    await laptop.waitForURL(/\/account$/);
    await laptop.getByLabel('Τρέχων κωδικός').fill('not my password');
    await laptop.getByLabel('Νέος κωδικός').fill('πράσινα βουνά και ποτάμια');
    await laptop.getByLabel('Ξανά ο κωδικός').fill('πράσινα βουνά και ποτάμια');
    await laptop.getByRole('button', { name: 'Αλλαγή κωδικού' }).click();
    await expect.poll(() => laptop.getByRole('alert').first().textContent()).toMatch(/τρέχων κωδικός/);

    await laptop.getByRole('button', { name: 'Αποσύνδεση παντού' }).click();
    await laptop.waitForURL(/\/login/);
    expect(await phone.evaluate(async () => (await fetch('/api/me')).status)).toBe(401);
    await phoneContext.close();
    await laptopContext.close();
  });
});
