// What happens to an agent's open inbox when the live connection is cut, and when the company is suspended.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  connectNumber, eventually, expectAccessible, freshTenant, launch, randomCustomer, screenshot, signIn, stack,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

test('the live connection is cut while messages keep arriving: after reconnecting each is on screen once', async () => {
  const number = await connectNumber('acme-admin');
  const customer = randomCustomer();
  const name = `Cliente Queda ${customer.slice(-4)}`;
  const tag = customer.slice(-4);
  await number.customerWrites(`+${customer}`, name, `primeira ${tag}`);
  const { page } = await signIn(browser, 'acme-agent');
  await page.getByRole('tab', { name: /^All/ }).click();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByText(`primeira ${tag}`).waitFor();
  await page.evaluate(() => {
    window.__notReloaded = true;
  });

  const texts = [];
  let writing = true;
  const writer = (async () => {
    for (let i = 1; writing || i <= 6; i++) {
      const text = `mensagem ${i} ${tag}`;
      await number.customerWrites(`+${customer}`, name, text);
      texts.push(text);
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  })();
  try {
    await page.getByText(`mensagem 2 ${tag}`).waitFor({ timeout: 20_000 });
    await stack('term', 'realtime-service'); // SIGTERM: the socket closes; the messages keep coming
    await page.getByRole('status').filter({ hasText: /reconnecting/i }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'reconnecting', 'desktop');
    await stack('restore');
  } finally {
    writing = false;
    await writer;
  }
  const timeline = page.getByTestId('message-timeline');
  for (const text of texts) {
    await timeline.getByText(text, { exact: true }).waitFor({ timeout: 30_000 });
  }
  await eventually('the reconnecting banner is gone',
    async () => (await page.getByRole('status').filter({ hasText: /reconnecting/i }).count()) === 0);
  for (const text of [`primeira ${tag}`, ...texts]) {
    assert.equal(await timeline.getByText(text, { exact: true }).count(), 1, `"${text}" once`);
  }
  assert.equal(await page.evaluate(() => window.__notReloaded), true, 'the page was not reloaded');
  console.log(`browser: ${texts.length} messages written while realtime-service restarted, each shown once`);
});

test('a company suspended while its agent works: a clear banner, and no more live updates', async () => {
  const tenant = await freshTenant('e2e-suspended');
  try {
    const number = await connectNumber(tenant.adminToken);
    const customer = randomCustomer();
    const name = `Cliente Suspensa ${customer.slice(-4)}`;
    const { page } = await signIn(browser, tenant.agent, { password: tenant.password });
    await page.getByRole('tab', { name: /^All/ }).click();
    await number.customerWrites(`+${customer}`, name, `antes ${customer.slice(-4)}`);
    await page.getByRole('button', { name: new RegExp(name) }).waitFor({ timeout: 20_000 }); // live before

    await tenant.suspend();
    await page.getByRole('alert').filter({ hasText: "Your company's account is suspended" })
      .waitFor({ timeout: 20_000 });
    await number.customerWrites(`+${customer}`, name, `depois ${customer.slice(-4)}`);
    await page.waitForTimeout(3_000);
    assert.equal(await page.getByText(`depois ${customer.slice(-4)}`).count(), 0, 'no live update while suspended');
    await screenshot(page, 'suspended', 'desktop');
    await expectAccessible(page, 'suspended');
  } finally {
    await tenant.purge();
  }
});
