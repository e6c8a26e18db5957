// The composer beyond text: a template when the 24-hour window is closed, images received and files sent.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SIMULATOR, connectNumber, eventually, expectAccessible, launch, openConversation, randomCustomer, screenshot, signIn,
  simulator,
} from './support.mjs';

let browser;
let number;
before(async () => {
  browser = await launch();
  number = await connectNumber('acme-admin');
  await simulator(`/control/meta/numbers/${number.phoneNumberId}/templates`, {
    method: 'POST',
    body: { name: 'order_ready', language: 'pt_BR', category: 'UTILITY', body: 'Olá {{1}}, seu pedido está pronto.' },
  });
});
after(async () => browser?.close());

test('outside the 24-hour window the composer offers a template instead of free text', async () => {
  const customer = randomCustomer();
  const name = `Cliente Janela ${customer.slice(-4)}`;
  const dayAndHourAgo = Math.floor(Date.now() / 1000) - 25 * 3600;
  await number.customerWrites(`+${customer}`, name, `ontem ${customer.slice(-4)}`, { timestamp: dayAndHourAgo });
  const { page } = await signIn(browser, 'acme-agent');
  await openConversation(page, name);
  await page.getByText(`ontem ${customer.slice(-4)}`).waitFor();
  await page.getByText('The 24-hour window is closed').waitFor();
  assert.equal(await page.getByTestId('composer-input').count(), 0, 'no free text outside the window');
  await screenshot(page, 'window-closed', 'desktop');
  await expectAccessible(page, 'composer outside the window');

  await page.getByRole('combobox', { name: /Message template/ }).click();
  await page.getByRole('option', { name: 'hello_world (en_US)' }).click();
  await page.getByTestId('template-preview').getByText('Hello World').waitFor();
  await page.getByRole('button', { name: 'Send template' }).click();
  await eventually('the template reached the simulated Meta', async () => (await number.sent())
    .some((sent) => sent.type === 'template' && JSON.stringify(sent).includes('hello_world')
      && JSON.stringify(sent).includes(customer)));

  await page.getByRole('combobox', { name: /Message template/ }).click();
  await page.getByRole('option', { name: 'order_ready (pt_BR)' }).click();
  await page.getByRole('textbox', { name: /Parameter 1/ }).fill('Ana');
  await page.getByTestId('template-preview').getByText('Olá Ana, seu pedido está pronto.').waitFor();
  await screenshot(page, 'template-picker', 'desktop');
  await page.getByRole('button', { name: 'Send template' }).click();
  await eventually('the template with its parameter reached the simulated Meta', async () => (await number.sent())
    .some((sent) => sent.type === 'template' && JSON.stringify(sent).includes('order_ready')
      && JSON.stringify(sent).includes('"text":"Ana"')));
});

test('a received image shows; a file the agent attaches reaches Meta', async () => {
  const customer = randomCustomer();
  const name = `Cliente Foto ${customer.slice(-4)}`;
  const caption = `foto do produto ${customer.slice(-4)}`;
  await number.customerWrites(`+${customer}`, name, undefined, { type: 'image', content: { caption } });
  const { page } = await signIn(browser, 'acme-agent');
  await openConversation(page, name);
  const image = page.getByRole('img', { name: caption });
  await image.waitFor({ timeout: 20_000 });
  await eventually('the image is loaded', () => image.evaluate((img) => img.complete && img.naturalWidth > 0));

  const bytes = Buffer.from(`%PDF-1.4\n% orçamento ${customer}\n%%EOF\n`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach file' }).click();
  await (await chooser).setFiles({ name: 'orcamento.pdf', mimeType: 'application/pdf', buffer: bytes });
  let document;
  await eventually('the document reached the simulated Meta', async () => {
    document = (await number.sent()).find((sent) => sent.type === 'document' && JSON.stringify(sent).includes(customer));
    return document !== undefined;
  }, 30_000);
  const held = await fetch(`${SIMULATOR}/control/meta/numbers/media/${document.body.id}`);
  assert.equal(held.status, 200, 'Meta holds the uploaded file');
  assert.deepEqual(Buffer.from(await held.arrayBuffer()), bytes, 'the same bytes');
  await page.getByText('orcamento.pdf').waitFor();
  await screenshot(page, 'media', 'desktop');
  await expectAccessible(page, 'media');
});
