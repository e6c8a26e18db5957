// A company's admin runs the company's settings from the browser: the time zone (kept after a reload), an API key
// shown once and then revoked (it works until then, and not after), the signing secret shown on demand, the
// deliveries to the automation; at both sizes, with axe. acme's settings are put back as they were at the end.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, test } from 'node:test';
import { api, eventually, expectAccessible, launch, screenshot, signIn, STACK, token } from './support.mjs';

let browser;
let original;
const created = [];
before(async () => {
  browser = await launch();
  original = (await api('/api/tenant', { token: await token('acme-admin') })).settings;
});
after(async () => {
  const admin = await token('acme-admin');
  // acme's bot settings and time zone are what other tests rely on
  if (original) {
    await api('/api/tenant', {
      method: 'PATCH',
      token: admin,
      body: {
        timezone: original.timezone,
        defaultLanguage: original.defaultLanguage,
        botEnabled: original.botEnabled,
        automationWebhookUrl: original.automationWebhookUrl ?? '',
      },
    });
  }
  // a key left behind by a failed run is revoked
  for (const key of await api('/api/tenant/api-keys', { token: admin })) {
    if (created.includes(key.name) && !key.revokedAt) await api(`/api/tenant/api-keys/${key.id}`, { method: 'DELETE', token: admin });
  }
  await browser?.close();
});

/** From the inbox, through the header and the admin's sections, to the settings. */
async function openSettings(page, labels = { admin: 'Admin', sections: 'Administration', settings: 'Settings' }) {
  await page.getByRole('link', { name: labels.admin }).click();
  await page.getByRole('navigation', { name: labels.sections }).getByRole('link', { name: labels.settings }).click();
  await page.getByRole('heading', { level: 1, name: labels.settings }).waitFor();
}

/** What the automation API answers to a key (401: refused; 404: accepted, no such conversation). */
async function automationAnswers(key) {
  const response = await fetch(`${STACK}/api/automation/conversations/00000000-0000-4000-8000-000000000000`, {
    headers: { 'X-API-Key': key },
  });
  return response.status;
}

test('an admin changes the time zone (kept after a reload), creates an API key shown once, then revokes it', async () => {
  const { page } = await signIn(browser, 'acme-admin');
  await openSettings(page);
  const organization = page.getByRole('region', { name: 'Organization' });
  const [zone, city] = original.timezone === 'Europe/Lisbon' ? ['America/Sao_Paulo', 'Sao Paulo'] : ['Europe/Lisbon', 'Lisbon'];
  const zoneField = organization.getByRole('combobox', { name: 'Time zone' });
  await zoneField.click();
  await zoneField.fill(city);
  await page.getByRole('option', { name: new RegExp(`^${zone.replace('_', ' ')} \\(`) }).click();
  await organization.getByRole('button', { name: 'Save' }).click();
  await organization.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  assert.equal((await api('/api/tenant', { token: await token('acme-admin') })).settings.timezone, zone);
  await screenshot(page, 'settings', 'desktop');
  await expectAccessible(page, 'the settings');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor({ timeout: 30_000 });
  const shown = page.getByRole('combobox', { name: 'Time zone' });
  await eventually(`the time zone ${zone} after a reload`, async () => (await shown.inputValue()).startsWith(`${zone.replace('_', ' ')} (`));

  const keys = page.getByRole('region', { name: 'API keys' });
  const name = `e2e ${randomInt(100_000, 999_999)}`;
  created.push(name);
  await keys.getByRole('textbox', { name: 'Name of a new key' }).fill(name);
  await keys.getByRole('button', { name: 'Create a key' }).click();
  const dialog = page.getByRole('dialog', { name: `Your new key: ${name}` });
  await dialog.waitFor();
  const key = (await dialog.getByTestId('new-api-key').textContent()).trim();
  assert.match(key, /^wak_[A-Za-z0-9_-]+$/);
  await dialog.getByRole('button', { name: 'Copy API key' }).waitFor();
  await dialog.getByText('This is the only time it is shown').waitFor();
  await screenshot(page, 'settings-new-key', 'desktop');
  await expectAccessible(page, 'a new API key, shown once');
  assert.equal(await automationAnswers(key), 404, 'the new key opens the automation API');

  await dialog.getByRole('button', { name: 'I have copied the key' }).click();
  await dialog.waitFor({ state: 'detached' });
  const item = keys.getByTestId('api-key').filter({ hasText: name });
  await item.getByTestId('api-key-state').filter({ hasText: 'Active' }).waitFor();
  const prefix = key.split('_')[1];
  await item.getByText(`wak_${prefix}_…`).waitFor();
  assert.ok(!(await page.content()).includes(key), 'the key is nowhere in the page once its dialog is closed');

  await item.getByRole('button', { name: `Revoke the key ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Revoke the key ${name}?` });
  await confirm.getByRole('button', { name: 'Revoke' }).click();
  // revoked keys are history, listed on demand
  await item.waitFor({ state: 'detached' });
  await keys.getByRole('button', { name: /^Show the revoked keys? \(\d+\)$/ }).click();
  await item.getByTestId('api-key-state').filter({ hasText: 'Revoked' }).waitFor();
  await item.scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-api-keys', 'desktop');
  await expectAccessible(page, 'the API keys with the revoked ones');
  // message-service remembers a verified key for 10 s: a revoked one is refused within that time
  await eventually('the revoked key is refused', async () => (await automationAnswers(key)) === 401, 30_000);
  const listed = (await api('/api/tenant/api-keys', { token: await token('acme-admin') })).find((k) => k.name === name);
  assert.ok(listed?.revokedAt && listed.key === undefined, 'revoked, and listed without its secret');
});

test('on a phone, in Portuguese: the settings, the signing secret on demand and the deliveries', async () => {
  const { page } = await signIn(browser, 'acme-admin', { size: 'phone', locale: 'pt-BR' });
  await openSettings(page, { admin: 'Administração', sections: 'Administração', settings: 'Configurações' });
  await page.getByRole('region', { name: 'Empresa' }).getByRole('textbox', { name: 'Nome da empresa' }).waitFor();
  await screenshot(page, 'settings', 'phone');
  await expectAccessible(page, 'the settings on a phone');

  const automation = page.getByRole('region', { name: 'Bot e automação' });
  await automation.getByRole('button', { name: 'Mostrar a chave secreta' }).click();
  const secret = automation.getByTestId('signing-secret');
  await secret.waitFor();
  const expected = (await api('/api/automation/setup/signing-secret', { token: await token('acme-admin') })).secret;
  assert.equal((await secret.textContent()).trim(), expected);
  await automation.getByRole('button', { name: 'Copiar Chave secreta de assinatura' }).waitFor();
  await secret.scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-secret', 'phone');
  await expectAccessible(page, 'the signing secret shown on a phone');
  await automation.getByRole('button', { name: 'Ocultar a chave secreta' }).click();
  await secret.waitFor({ state: 'detached' });

  const deliveries = page.getByRole('region', { name: 'Entregas à automação' });
  await deliveries.getByText('Entregues', { exact: true }).click();
  await eventually('the delivered ones chosen', () => deliveries.getByRole('radio', { name: 'Entregues', exact: true }).isChecked());
  await deliveries.getByTestId('delivery').or(deliveries.getByText('Nada foi entregue ainda.')).first().waitFor();
  await deliveries.scrollIntoViewIfNeeded();
  await screenshot(page, 'settings-deliveries', 'phone');
  await expectAccessible(page, 'the deliveries on a phone');
  // nothing is wider than the phone's screen
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
});
