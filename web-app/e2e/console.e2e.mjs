// Platform staff run the companies from the console: a new company with its first admin (temporary password),
// found again by search, a limit changed, suspended with a reason — its admin, signing in, is stopped by the
// suspension banner — reactivated, deleted and purged by typing its slug. The dashboard and operations are opened
// too; every screen at both sizes, with axe, and nothing scrolls sideways on a phone.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, test } from 'node:test';
import { KEYCLOAK, PASSWORD, SIZES, STACK, api, eventually, expectAccessible, launch, screenshot, token } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

/** Signs in through Keycloak's page and waits for the app at `landing` (platform staff land on the console). */
async function signInTo(username, password, { size = 'desktop', locale = 'en-US', path = '/', landing = '/console', newPassword } = {}) {
  const context = await browser.newContext({ viewport: SIZES[size], locale, timezoneId: 'America/Sao_Paulo' });
  const page = await context.newPage();
  await page.goto(STACK + path);
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK), { timeout: 30_000 });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  if (newPassword) {
    // a temporary password: Keycloak asks for a new one first
    await page.locator('#password-new').waitFor({ timeout: 30_000 });
    await page.locator('#password-new').fill(newPassword);
    await page.locator('#password-confirm').fill(newPassword);
    await page.locator('[type=submit]').first().click();
  }
  await page.waitForURL((url) => url.href.startsWith(STACK + landing), { timeout: 30_000 });
  return { context, page };
}

/** Nothing wider than the screen: neither the page nor any scrolling part of it (tables may scroll within). */
async function assertNoSidewaysScroll(page, what) {
  const wide = await page.evaluate(() => {
    const found = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`page ${document.documentElement.scrollWidth}px`);
    for (const el of document.querySelectorAll('body *')) {
      const style = getComputedStyle(el);
      if (!['auto', 'scroll'].includes(style.overflowX) || el.closest('.mantine-ScrollArea-root, .mantine-Table-scrollContainer, .mantine-TableScrollContainer-scrollContainer')) continue;
      if (el.scrollWidth > el.clientWidth + 1) found.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth}>${el.clientWidth}`);
    }
    return found;
  });
  assert.deepEqual(wide, [], `${what}: no sideways scrolling on a phone`);
}

const section = (page, name) => page.getByRole('region', { name, exact: true });

test('platform staff create a company and its admin, change its plan, suspend, reactivate, delete and purge it', async () => {
  const n = randomInt(10_000_000, 99_999_999);
  const slug = `console-${n}`;
  const name = `Console ${n}`;
  const admin = { username: `${slug}-admin`, email: `${slug}-admin@console.example`, first: 'Clara', last: `Admin ${String(n).slice(-4)}` };
  const temporary = `Temp-${n}-pw`;
  const chosen = `Chosen-${n}-pw`;
  const reason = `Invoice ${String(n).slice(-4)} is unpaid`;
  let tenantId;
  try {
    const { page } = await signInTo('platform', PASSWORD);
    // the console starts on the companies
    await page.waitForURL(`${STACK}/console/tenants`);
    await page.getByRole('heading', { level: 1, name: 'Companies' }).waitFor();
    await page.getByTestId('tenant-row').first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'console-tenants', 'desktop');
    await expectAccessible(page, 'the companies');

    // a new company with the default plan, then its first admin with a temporary password
    await page.getByRole('button', { name: 'New company' }).click();
    const dialog = page.getByRole('dialog', { name: 'New company' });
    await dialog.getByRole('textbox', { name: 'Company name' }).fill(name);
    assert.equal(await dialog.getByRole('textbox', { name: 'Slug' }).inputValue(), slug, 'the slug follows the name');
    assert.equal(await dialog.getByRole('textbox', { name: /^Numbers/ }).inputValue(), '3', 'the default plan is offered');
    await page.waitForTimeout(500); // the dialog's opening transition
    await screenshot(page, 'console-new-company', 'desktop');
    await expectAccessible(page, 'the new company form');
    await dialog.getByRole('button', { name: 'Create the company' }).click();
    const adminStep = page.getByRole('dialog', { name: 'Its first admin' });
    await adminStep.waitFor({ timeout: 20_000 });
    await adminStep.getByRole('textbox', { name: 'First name' }).fill(admin.first);
    await adminStep.getByRole('textbox', { name: 'Last name' }).fill(admin.last);
    await adminStep.getByRole('textbox', { name: 'E-mail' }).fill(admin.email);
    await adminStep.getByRole('textbox', { name: 'Username' }).fill(admin.username);
    await adminStep.getByRole('radio', { name: 'Set a temporary password' }).check();
    await adminStep.getByLabel(/Temporary password/).fill(temporary);
    await screenshot(page, 'console-first-admin', 'desktop');
    await expectAccessible(page, 'the first admin form');
    await adminStep.getByRole('button', { name: 'Add with this password' }).click();
    const created = page.getByTestId('tenant-created');
    await created.filter({ hasText: `${name} was created.` }).waitFor({ timeout: 20_000 });
    await created.filter({ hasText: `${admin.first} ${admin.last} was added with a temporary password` }).waitFor();

    // found again by its slug
    await page.getByRole('searchbox', { name: 'Search by name or slug' }).fill(slug);
    await page.waitForURL((url) => url.searchParams.get('q') === slug);
    const row = page.getByTestId('tenant-row').filter({ hasText: slug });
    await eventually('only that company is listed', async () => (await page.getByTestId('tenant-row').count()) === 1);
    await row.waitFor();
    assert.equal(await row.getByTestId('tenant-status').textContent(), 'Active');
    await row.getByRole('link', { name }).click();
    await page.waitForURL(/\/console\/tenants\/[0-9a-f-]{36}$/);
    tenantId = page.url().split('/').at(-1);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByTestId('usage-people-text').filter({ hasText: '1 of 10' }).waitFor({ timeout: 20_000 });
    // its first admin holds a seat; no number yet
    await page.getByTestId('usage-numbers-text').filter({ hasText: '0 of 3' }).waitFor();
    // its people: the first admin, who has not signed in yet
    const person = section(page, 'People').getByTestId('tenant-person').filter({ hasText: `${admin.first} ${admin.last}` });
    await person.waitFor({ timeout: 20_000 });
    assert.equal(await person.getByTestId('person-last-sign-in').textContent(), 'Has not signed in yet');
    await screenshot(page, 'console-company', 'desktop');
    await expectAccessible(page, "a company's page");
    for (const part of ['Numbers and their health', 'Messages this month']) {
      assert.equal(await section(page, part).getByTestId('not-available').count(), 0, `${part}: answered`);
    }
    assert.equal(await section(page, 'Messages this month').getByTestId('figure-received').textContent(), 'Received0');

    // a limit changed: only that is sent, and kept
    const plan = section(page, 'Plan limits');
    await plan.getByRole('textbox', { name: /People/ }).fill('7');
    await plan.getByRole('button', { name: 'Save' }).click();
    await plan.getByRole('status').filter({ hasText: 'The plan was saved.' }).waitFor({ timeout: 20_000 });
    await page.getByTestId('usage-people-text').filter({ hasText: '1 of 7' }).waitFor({ timeout: 20_000 });
    const staff = await token('platform');
    assert.equal((await api(`/api/admin/tenants/${tenantId}`, { token: staff })).limits.maxAgents, 7);

    // its admin signs in (choosing a password for the temporary one) and keeps the inbox open
    const companyAdmin = await signInTo(admin.username, temporary, { path: '/', landing: '/inbox', newPassword: chosen });
    await companyAdmin.page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor({ timeout: 30_000 });

    // suspended with a reason
    const status = section(page, 'Status');
    await status.getByRole('button', { name: 'Suspend' }).click();
    const suspend = page.getByRole('dialog', { name: `Suspend ${name}?` });
    await suspend.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await page.waitForTimeout(500); // the dialog's opening transition
    await screenshot(page, 'console-suspend', 'desktop');
    await expectAccessible(page, 'the suspension dialog');
    await suspend.getByRole('button', { name: 'Suspend' }).click();
    await page.getByTestId('tenant-status').filter({ hasText: 'Suspended' }).waitFor({ timeout: 20_000 });
    await page.getByTestId('tenant-reason').filter({ hasText: reason }).waitFor();
    assert.equal((await api(`/api/admin/tenants/${tenantId}`, { token: staff })).statusReason, reason);

    // the admin's open app shows the suspension banner with the reason, without a reload
    // (the inbox's list says it too, in its own words)
    const banner = companyAdmin.page.getByRole('alert', { name: "Your company's account is suspended", exact: true });
    await banner.waitFor({ timeout: 30_000 });
    await banner.getByTestId('suspended-reason').filter({ hasText: reason }).waitFor({ timeout: 20_000 });
    await screenshot(companyAdmin.page, 'console-suspended-admin', 'desktop');
    await expectAccessible(companyAdmin.page, "the suspended company's admin");

    // reactivated: the admin's open app works again, the banner gone by itself
    await status.getByRole('button', { name: 'Reactivate' }).click();
    await page.getByRole('dialog', { name: `Reactivate ${name}?` }).getByRole('button', { name: 'Reactivate' }).click();
    await page.getByTestId('tenant-status').filter({ hasText: 'Active' }).waitFor({ timeout: 20_000 });
    assert.equal(await page.getByTestId('tenant-reason').count(), 0, 'no reason once active');
    await banner.waitFor({ state: 'detached', timeout: 60_000 });
    const adminToken = await token(admin.username, chosen);
    await eventually('the admin is let in again', async () => {
      const answer = await fetch(`${STACK}/api/tenant`, { headers: { authorization: `Bearer ${adminToken}` } });
      return answer.status === 200;
    });
    await companyAdmin.context.close();

    // the phone and Portuguese, while the company is there
    const phone = await signInTo('platform', PASSWORD, { size: 'phone', locale: 'pt-BR', path: `/console/tenants/${tenantId}`, landing: `/console/tenants/${tenantId}` });
    await phone.page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 20_000 });
    await phone.page.getByTestId('usage-people-text').filter({ hasText: '1 de 7' }).waitFor({ timeout: 20_000 });
    await screenshot(phone.page, 'console-company-pt-BR', 'phone');
    await expectAccessible(phone.page, "a company's page on a phone, in Portuguese");
    await assertNoSidewaysScroll(phone.page, "a company's page");
    await phone.page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Empresas' }).click();
    await phone.page.getByTestId('tenant-row').first().waitFor({ timeout: 20_000 });
    await screenshot(phone.page, 'console-tenants-pt-BR', 'phone');
    await expectAccessible(phone.page, 'the companies on a phone');
    await assertNoSidewaysScroll(phone.page, 'the companies');
    await phone.page.getByRole('button', { name: 'Nova empresa' }).click();
    await phone.page.getByRole('dialog', { name: 'Nova empresa' }).waitFor();
    await phone.page.waitForTimeout(500); // the dialog's opening transition
    await screenshot(phone.page, 'console-new-company-pt-BR', 'phone');
    await expectAccessible(phone.page, 'the new company form on a phone');
    await phone.page.keyboard.press('Escape');
    await phone.context.close();

    // deleted, then purged by typing its slug
    await status.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: `Delete ${name}?` }).getByRole('button', { name: 'Delete' }).click();
    await page.getByTestId('tenant-status').filter({ hasText: 'Deleted' }).waitFor({ timeout: 20_000 });
    await status.getByRole('button', { name: 'Purge now' }).click();
    const purge = page.getByRole('dialog', { name: `Purge ${name} now?` });
    const confirm = purge.getByRole('button', { name: 'Purge now' });
    await purge.getByRole('textbox', { name: `Type its slug, ${slug}, to confirm` }).fill(slug.slice(0, -1));
    assert.ok(await confirm.isDisabled(), 'not purged before the slug is typed in full');
    await purge.getByRole('textbox', { name: `Type its slug, ${slug}, to confirm` }).fill(slug);
    await screenshot(page, 'console-purge', 'desktop');
    await expectAccessible(page, 'the purge dialog');
    await confirm.click();
    await page.getByTestId('tenant-status').filter({ hasText: 'Purged' }).waitFor({ timeout: 30_000 });
    assert.equal((await api(`/api/admin/tenants/${tenantId}`, { token: staff })).status, 'PURGED');
    const refused = await fetch(`${KEYCLOAK}/realms/wa/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: 'web-app', username: admin.username, password: chosen }),
    });
    assert.notEqual(refused.status, 200, "a purged company's admin is gone");
    await screenshot(page, 'console-purged', 'desktop');
  } finally {
    await purgeIfLeft(tenantId, slug);
  }
});

test('platform staff read the dashboard and operations, on a desktop and on a phone', async () => {
  for (const size of ['desktop', 'phone']) {
    const { page, context } = await signInTo('platform', PASSWORD, { size });
    const sections = page.getByRole('navigation', { name: 'Console' });
    await sections.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    // each figure answers or says it is not available: nothing stays loading
    await page.getByText('Loading…').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => {});
    for (const part of ['Companies by status', 'Numbers', 'Messages per day, last 30 days', 'Queues now']) {
      assert.equal(await section(page, part).getByTestId('not-available').count(), 0, `dashboard, ${part}: answered`);
    }
    const active = await section(page, 'Companies by status').getByTestId('figure-ACTIVE').textContent();
    assert.ok(Number(active.replace(/\D/g, '')) >= 2, `Acme and Globex are active: ${active}`);
    assert.equal(await page.getByTestId('daily-bars').locator(':scope > div').count(), 30, 'a bar for each of 30 days');
    await screenshot(page, 'console-dashboard', size);
    await expectAccessible(page, `the dashboard (${size})`);
    if (size === 'phone') await assertNoSidewaysScroll(page, 'the dashboard');

    await sections.getByRole('link', { name: 'Operations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Operations' }).waitFor();
    const credentials = section(page, 'Credentials encryption key');
    await credentials.getByTestId('credentials-current').waitFor({ timeout: 20_000 });
    assert.match(await credentials.getByTestId('credentials-current').textContent(), /^Current key version: \d+$/);
    const audit = section(page, 'Audit log of every company');
    await audit.getByTestId('audit-entry').first().waitFor({ timeout: 20_000 });
    await audit.getByTestId('audit-company').first().waitFor();
    // the replay: counted first (or said it cannot be yet), never started here
    const replay = section(page, 'Replay received webhooks');
    await replay.getByRole('button', { name: 'Count the webhooks' }).click();
    await replay.getByTestId('replay-confirm').waitFor({ timeout: 20_000 });
    assert.match(await replay.getByTestId('replay-confirm').locator('p').first().textContent(), /^\d[\d,]* webhooks? will be replayed\.$/);
    await screenshot(page, 'console-operations', size);
    await expectAccessible(page, `operations (${size})`);
    if (size === 'phone') await assertNoSidewaysScroll(page, 'operations');
    await replay.getByRole('button', { name: 'Cancel' }).click();
    await context.close();
  }
});

/** Leaves no company of this test behind, whatever failed. */
async function purgeIfLeft(tenantId, slug) {
  const staff = await token('platform');
  const id = tenantId ?? (await api(`/api/admin/tenants?q=${slug}`, { token: staff })).find((c) => c.slug === slug)?.id;
  if (!id) return;
  const tenant = await api(`/api/admin/tenants/${id}`, { token: staff });
  if (tenant.status === 'PURGED') return;
  if (tenant.status !== 'DELETED') await api(`/api/admin/tenants/${id}`, { method: 'DELETE', token: staff });
  await api(`/api/admin/tenants/${id}/purge`, { method: 'POST', token: staff, body: { confirmSlug: slug } });
}
