// A company's admin connects its WhatsApp numbers from the browser: an Evolution number by QR code (the page turns
// to connected by itself after the scan), and a Cloud API number whose wrong token is reported on its field.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, test } from 'node:test';
import { api, eventually, expectAccessible, launch, screenshot, signIn, simulator, token } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

/** From the inbox, through the header, to the numbers page. */
async function openNumbers(page, labels = { admin: 'Admin', numbers: 'WhatsApp numbers' }) {
  await page.getByRole('link', { name: labels.admin }).click();
  await page.getByRole('heading', { name: labels.numbers }).waitFor();
}

test('an admin adds an Evolution number: scans the QR code, sees it connected without reloading, logs it out', async () => {
  const { page } = await signIn(browser, 'acme-admin');
  await openNumbers(page);
  await page.getByRole('link', { name: 'Add a number' }).click();
  const name = `Vendas ${randomInt(1000, 9999)}`;
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('button', { name: 'Create and show the QR code' }).click();

  const qr = page.getByRole('img', { name: `QR code to connect ${name}` });
  await qr.waitFor({ timeout: 20_000 });
  assert.match(await qr.getAttribute('src'), /^data:image\/png;base64,/);
  await page.getByTestId('number-state').filter({ hasText: 'Waiting for the QR scan' }).waitFor();
  await screenshot(page, 'number-qr', 'desktop');
  await expectAccessible(page, 'an Evolution number waiting for its QR scan');

  // the page must never reload: a mark left in it survives until the end
  await page.evaluate(() => {
    window.__notReloaded = true;
  });
  const id = page.url().split('/').pop();
  const number = await api(`/api/connections/${id}`, { token: await token('acme-admin') });
  // the code on the screen follows the phone-side one as it renews (the simulator renews it every few seconds)
  const shown = () => page.getByTestId('number-qr').getAttribute('src');
  const first = await shown();
  await eventually('the page shows a renewed QR code', async () => (await shown()) !== first, 30_000);
  await eventually('the page shows the current QR code', async () =>
    (await simulator(`/control/evolution/instances/${number.instanceName}`)).qrBase64 === (await shown()));
  await simulator(`/control/evolution/instances/${number.instanceName}/scan`, {
    method: 'POST', body: { phone: '5511988887777', profileName: 'Loja Acme' },
  });
  await page.getByTestId('number-state').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 });
  await qr.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => window.__notReloaded), true, 'the page was not reloaded');
  await screenshot(page, 'number-connected', 'desktop');

  await page.getByRole('button', { name: 'Log out and show a new QR code' }).click();
  await qr.waitFor({ timeout: 20_000 });
  await page.getByTestId('number-state').filter({ hasText: /Waiting for the QR scan|Disconnected/ }).waitFor();
  assert.equal(await page.evaluate(() => window.__notReloaded), true, 'the page was not reloaded');

  // the list shows it with its state, and the plan's use
  await page.getByRole('link', { name: '← All numbers' }).click();
  await page.getByRole('link', { name }).waitFor();
  await page.getByTestId('numbers-usage').waitFor();
  await screenshot(page, 'numbers', 'desktop');
  await expectAccessible(page, 'the list of numbers');
});

test('a wrong Cloud API token is reported on its field; the right one shows the webhook to paste in Meta', async () => {
  const phoneNumberId = `30${randomInt(1_000_000_000, 9_999_999_999)}`;
  const credentials = { accessToken: `EAAG-right-${phoneNumberId}`, appSecret: `secret-${phoneNumberId}` };
  await simulator('/control/meta/numbers', {
    method: 'POST',
    body: { phoneNumberId, businessAccountId: `40${phoneNumberId}`, displayPhoneNumber: '15550002222', verifiedName: 'Acme Suporte', ...credentials },
  });
  const { page } = await signIn(browser, 'acme-admin', { size: 'phone', locale: 'pt-BR' });
  await openNumbers(page, { admin: 'Administração', numbers: 'Números de WhatsApp' });
  await page.getByRole('link', { name: 'Adicionar número' }).click();
  await page.getByRole('radio', { name: /WhatsApp Cloud API/ }).check();
  await page.getByRole('textbox', { name: 'Nome' }).fill(`Suporte ${phoneNumberId.slice(-4)}`);
  await page.getByRole('textbox', { name: 'ID do número de telefone' }).fill(phoneNumberId);
  await page.getByRole('textbox', { name: 'ID da conta do WhatsApp Business' }).fill(`40${phoneNumberId}`);
  const tokenField = page.getByLabel('Token de acesso');
  await tokenField.fill('EAAG-wrong-token');
  await page.getByLabel('Chave secreta do app').fill(credentials.appSecret);
  await page.getByRole('button', { name: 'Conectar o número' }).click();

  await page.getByText('A Meta recusou este token de acesso (inválido ou expirado)').waitFor({ timeout: 20_000 });
  assert.equal(await tokenField.getAttribute('aria-invalid'), 'true', 'the error is on the token field');
  const described = await tokenField.getAttribute('aria-describedby');
  assert.ok(described && (await page.locator(`[id="${described.split(' ').find((d) => d.includes('error'))}"]`).textContent())
    .includes('A Meta recusou'), 'the field names its error for screen readers');
  await screenshot(page, 'number-cloud-wrong-token', 'phone');
  await expectAccessible(page, 'the Cloud API form with a refused token');

  await tokenField.fill(credentials.accessToken);
  await page.getByRole('button', { name: 'Conectar o número' }).click();
  const url = page.getByTestId('webhook-url');
  await url.waitFor({ timeout: 20_000 });
  const webhookUrl = await url.textContent();
  const verifyToken = await page.getByTestId('verify-token').textContent();
  assert.match(webhookUrl, /\/webhooks\/meta\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: 'Copiar Token de verificação' }).waitFor();
  await screenshot(page, 'number-cloud-webhook', 'phone');
  await expectAccessible(page, 'a Cloud API number with its webhook set-up');
  // what the page shows is what Meta needs: the simulated dashboard's verification handshake passes with it
  await simulator(`/control/meta/numbers/${phoneNumberId}/webhook`, { method: 'PUT', body: { url: webhookUrl, verifyToken } });
  await page.getByRole('link', { name: '← Todos os números' }).click();
  await page.getByRole('link', { name: `Suporte ${phoneNumberId.slice(-4)}` }).waitFor();
  await screenshot(page, 'numbers-pt-BR', 'phone');
});
