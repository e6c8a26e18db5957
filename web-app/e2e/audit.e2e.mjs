// A company's admin renames one of its numbers, then finds that in Admin → Audit log by filtering on the action and
// on herself: the entry says when, who, on which number and what was recorded; the filters survive a reload (they
// are in the address), and the page works on a phone.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, test } from 'node:test';
import { STACK, api, connectNumber, eventually, expectAccessible, launch, screenshot, signIn, token } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

test('an admin renames a number and finds it in the audit log, filtered by that action and by herself', async () => {
  const admin = await token('acme-admin');
  const me = await api('/api/tenant/agents/me', { token: admin });
  const number = await connectNumber(admin);
  const name = `Audit line ${randomInt(1000, 9999)}`;
  try {
    const renamedAt = Date.now();
    await api(`/api/connections/${number.connectionId}`, { method: 'PATCH', token: admin, body: { name } });
    // session-service publishes the entry; tenant-service records it a moment later
    const recorded = async () =>
      (await api(`/api/audit?action=connection.update&actorId=${me.id}&size=10`, { token: admin }))
        .some((e) => e.target === `connection:${number.connectionId}`);
    await eventually('the rename is in the audit log', recorded);

    const { page } = await signIn(browser, 'acme-admin');
    await page.getByRole('banner').getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('link', { name: 'Audit log', exact: true }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByTestId('audit-entry').first().waitFor({ timeout: 20_000 });

    await page.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Number changed' });
    const you = `${me.firstName} ${me.lastName} (you)`;
    await page.getByRole('combobox', { name: 'Who' }).selectOption({ label: you });
    await page.waitForURL((url) =>
      url.searchParams.get('action') === 'connection.update' && url.searchParams.get('actor') === me.id);

    const entry = page.getByTestId('audit-entry').filter({ hasText: `Number: ${name}` });
    await entry.waitFor({ timeout: 20_000 });
    assert.equal(await entry.getByTestId('audit-action').textContent(), 'Number changed');
    assert.equal(await entry.getByTestId('audit-actor').textContent(), `by ${me.firstName} ${me.lastName}`);
    // what session-service records with a change of a number: what changed, before and after
    await entry.getByTestId('audit-details').filter({ hasText: /Name/ }).filter({ hasText: `→ ${name}` }).waitFor();
    const when = await entry.locator('time').getAttribute('datetime');
    assert.ok(Math.abs(Date.parse(when) - renamedAt) < 60_000, `the entry's time (${when}) is the rename's`);
    const entries = await page.getByTestId('audit-entry').all();
    for (const e of entries) assert.equal(await e.getByTestId('audit-action').textContent(), 'Number changed');
    await screenshot(page, 'audit-log', 'desktop');
    await expectAccessible(page, 'the audit log filtered by action and person');

    // a reload keeps the filters: they are in the address
    await page.reload();
    await entry.waitFor({ timeout: 30_000 });
    assert.equal(await page.getByRole('combobox', { name: 'Action' }).inputValue(), 'connection.update');
    assert.equal(await page.getByRole('combobox', { name: 'Who' }).inputValue(), me.id);

    // on a phone, from the same address, with today as the period
    const address = new URL(page.url());
    const phone = await signIn(browser, 'acme-admin', { size: 'phone' });
    const { settings } = await api('/api/tenant', { token: admin });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: settings.timezone }).format(new Date());
    await phone.page.goto(`${STACK}${address.pathname}${address.search}`);
    const onPhone = phone.page.getByTestId('audit-entry').filter({ hasText: `Number: ${name}` });
    await onPhone.waitFor({ timeout: 30_000 });
    await phone.page.getByLabel('From').fill(today);
    const answered = phone.page.waitForResponse((r) => /\/api\/audit\?.*\bto=/.test(r.url()) && r.ok());
    await phone.page.getByLabel('To').fill(today);
    await phone.page.waitForURL((url) => url.searchParams.get('from') === today && url.searchParams.get('to') === today);
    await answered;
    await onPhone.waitFor({ timeout: 20_000 });
    await phone.page.getByLabel('To').blur();
    await phone.page.locator('button[data-loading]').waitFor({ state: 'detached' });
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `nothing wider than the phone's screen (${overflow}px too wide)`);
    await screenshot(phone.page, 'audit-log', 'phone');
    await expectAccessible(phone.page, 'the audit log on a phone');
  } finally {
    await api(`/api/connections/${number.connectionId}`, { method: 'DELETE', token: await token('acme-admin') });
  }
});
