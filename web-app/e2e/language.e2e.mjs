// Brazilian Portuguese: a browser set to pt-BR gets the app in Portuguese, with Brazilian dates.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { connectNumber, expectAccessible, launch, randomCustomer, screenshot, signIn } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

test('the inbox in Portuguese, with Brazilian dates', async () => {
  const number = await connectNumber('acme-admin');
  const customer = randomCustomer();
  const name = `Cliente PT ${customer.slice(-4)}`;
  await number.customerWrites(`+${customer}`, name, `Bom dia ${customer.slice(-4)}`);
  const { page } = await signIn(browser, 'acme-agent', { locale: 'pt-BR' });
  await page.getByRole('tab', { name: /^Todas/ }).click();
  await page.getByRole('tab', { name: /^Minhas/ }).waitFor();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByText(`Bom dia ${customer.slice(-4)}`).waitFor();
  await page.getByRole('button', { name: 'Enviar' }).waitFor();
  await page.getByPlaceholder('Escreva uma mensagem…').waitFor();
  // the day separator: "quarta-feira, 2 de dezembro de 2026" (Intl pt-BR)
  const separators = await page.getByRole('separator').allTextContents();
  assert.ok(separators.some((s) => / de [a-zç]+ de \d{4}/.test(s)), `a Brazilian date among ${JSON.stringify(separators)}`);
  await screenshot(page, 'conversation-pt-BR', 'desktop');
  await expectAccessible(page, 'conversation in Portuguese');
});
