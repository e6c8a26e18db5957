// Every page of a company's admin, on a desktop and on a phone: it shows its content (no endless loader, no error),
// passes axe, and nothing is wider than a phone's screen (a wide table scrolls inside its own region).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { STACK, apiTrail, connectNumber, expectAccessible, launch, screenshot, signIn } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

/** The page's own heading, then a moment for its queries: no loader and no error left. */
async function settled(page, trail, heading, { problemsShown = false } = {}) {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 20_000 });
  await page.getByText('Loading…').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => {});
  await page.getByRole('status', { name: 'Loading…' }).first().waitFor({ state: 'detached', timeout: 20_000 })
    .catch((e) => assert.fail(`${heading}: still loading after 20 s (${trail()})\n${e.message}`));
  await page.waitForTimeout(500);
  if (problemsShown) return;
  const errors = await page.getByRole('alert').allTextContents();
  assert.deepEqual(errors.filter((text) => /went wrong|could not|not available/i.test(text)), [], `${heading}: no error`);
}

async function fitsThePhone(page, what) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(wide <= 1, `${what}: the page is ${wide}px wider than the phone`);
}

test("every admin page, at both sizes, in the company's words", async () => {
  const number = await connectNumber('acme-admin');
  const pages = [
    ['numbers', '/admin/numbers', 'WhatsApp numbers'],
    ['number', `/admin/numbers/${number.connectionId}`, 'Browser test line'],
    ['number-new', '/admin/numbers/new', 'Add a WhatsApp number'],
    ['team-page', '/admin/team', 'Team'],
    ['quick-replies-page', '/admin/quick-replies', 'Quick replies'],
    // numbers the simulated Meta no longer knows (it keeps them in memory) say, each, why their templates are missing
    ['templates', '/admin/templates', 'Message templates', { problemsShown: true }],
    ['reports-page', '/admin/reports', 'Reports'],
    ['settings-page', '/admin/settings', 'Settings'],
    ['audit-page', '/admin/audit', 'Audit log'],
  ];
  for (const size of ['desktop', 'phone']) {
    const { page, context } = await signIn(browser, 'acme-admin', { size });
    const trail = apiTrail(page);
    for (const [name, path, heading, options] of pages) {
      await page.goto(STACK + path);
      await settled(page, trail, heading, options);
      await screenshot(page, `page-${name}`, size);
      await expectAccessible(page, `${path} (${size})`);
      if (size === 'phone') await fitsThePhone(page, path);
    }
    await context.close();
  }
});
