// Another company's admin, typing Acme's ids into the admin pages' addresses, sees none of Acme's numbers, people,
// keys, figures or audit: a number's page says it does not exist, the lists and reports show only its own.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, test } from 'node:test';
import { STACK, api, connectNumber, eventually, launch, randomCustomer, screenshot, signIn, token } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

test("an admin who types another company's ids into the addresses finds nothing of it", async () => {
  const n = randomInt(10_000_000, 99_999_999);
  const acmeAdmin = await token('acme-admin');
  const number = await connectNumber(acmeAdmin);
  const secretName = `Acme private line ${n}`;
  await api(`/api/connections/${number.connectionId}`, { method: 'PATCH', token: acmeAdmin, body: { name: secretName } });
  const customer = randomCustomer();
  await number.customerWrites(`+${customer}`, `Acme customer ${n}`, `Acme's secret ${n}`);
  const acmeAgent = await token('acme-agent');
  await eventually('the message reached Acme', async () => {
    const list = await api(`/api/conversations?connectionId=${number.connectionId}`, { token: acmeAgent });
    return list.length > 0;
  });
  const key = await api('/api/tenant/api-keys', { method: 'POST', token: acmeAdmin, body: { name: `Acme key ${n}` } });
  const acmeAdminId = (await api('/api/tenant/agents/me', { token: acmeAdmin })).id;
  const secrets = [secretName, `Acme customer ${n}`, `Acme's secret ${n}`, `Acme key ${n}`, key.prefix, 'acme-admin', 'acme-agent'];
  const showsNothingOfAcme = async (page, where) => {
    const text = await page.locator('body').innerText();
    for (const secret of secrets) assert.ok(!text.includes(secret), `${where} shows "${secret}"`);
  };

  try {
    const { page } = await signIn(browser, 'globex-admin');
    const visit = async (path, ready) => {
      await page.goto(STACK + path);
      await ready();
      await page.waitForTimeout(1_000); // anything late would show by now
      await showsNothingOfAcme(page, path);
    };

    await visit(`/admin/numbers/${number.connectionId}`, () =>
      page.getByRole('alert').filter({ hasText: 'This no longer exists.' }).waitFor({ timeout: 20_000 }));
    await screenshot(page, 'cross-tenant-number', 'desktop');
    await visit('/admin/numbers', () => page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 }));
    await visit('/admin/team', () => page.getByTestId('team-person').first().waitFor({ timeout: 20_000 }));
    await visit('/admin/settings', () => page.getByTestId('organization-name').waitFor({ timeout: 20_000 }));
    assert.notEqual(await page.getByTestId('organization-name').inputValue(), 'Acme');
    await visit(`/admin/audit?actor=${acmeAdminId}`, () => page.getByTestId('audit-count').waitFor({ timeout: 20_000 }));
    assert.equal(await page.getByTestId('audit-entry').count(), 0, "no audit entry of Acme's admin");
    await visit(`/admin/reports?number=${number.connectionId}`, () =>
      page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor({ timeout: 20_000 }));
    const chosen = page.getByRole('combobox', { name: 'Number' });
    assert.equal(await chosen.locator('option:checked').textContent(), 'A deleted number', 'the figures are not said to be of all numbers');
    await screenshot(page, 'cross-tenant-reports', 'desktop');
    // Acme's company page in the console: not for a company's admin
    await page.goto(`${STACK}/console/tenants/a0000000-0000-4000-8000-000000000001`);
    await page.waitForURL((url) => !url.pathname.startsWith('/console'), { timeout: 20_000 });
    await showsNothingOfAcme(page, 'the console');
  } finally {
    await api(`/api/tenant/api-keys/${key.id}`, { method: 'DELETE', token: acmeAdmin });
  }
});
