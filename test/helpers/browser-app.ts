import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { demoPassword, rematchAll } from '@cni/db';
import { seedDemoCalls } from '@cni/jobs';
import { staticRoot } from '@cni/web/static-root';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './test-server.ts';

/** The built web app served by the real API on a fresh demo database, and a headless Chromium to use it. */
export interface BrowserApp {
  server: TestServer;
  browser: Browser;
  /** Script errors and CSP violations on the pages opened with openPage: a test expects none. */
  problems: string[];
  /** A page `width` px wide, in `context` or the browser's default one. */
  openPage(width: number, context?: BrowserContext): Promise<Page>;
  close(): Promise<void>;
}

export async function startBrowserApp(
  options: {
    env?: Record<string, string>;
    /** Adds the demo calls, matched with the seeded needs. */
    withDemoCalls?: boolean;
  } = {},
): Promise<BrowserApp> {
  if (!existsSync(join(staticRoot, 'index.html'))) throw new Error('web/dist is missing: run `pnpm build` first');
  const server = await startTestServer({ staticRoot, env: options.env ?? {} });
  if (options.withDemoCalls) {
    await seedDemoCalls({ db: server.handle.db, log: () => {} });
    // The calls were written straight to the database: match them with the seeded needs as the nightly job does.
    await rematchAll({ db: server.handle.db, now: new Date() });
  }
  // The server is not left running when Chromium cannot start.
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const problems: string[] = [];
  return {
    server,
    browser,
    problems,
    async openPage(width, context) {
      const page = await (context ?? browser).newPage({ viewport: { width, height: 900 } });
      // A 401 from /api/me before login is expected and logged by Chromium; CSP violations and script errors are not.
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      // Fail at the step that waits in vain, well before the test's own time runs out.
      page.setDefaultTimeout(15_000);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Logs a demo account in through the login page, and waits until the app has taken it elsewhere. */
export async function loginInBrowser(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(demoPassword);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
