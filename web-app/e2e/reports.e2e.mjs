// Reports: a company of its own receives two messages from a customer, its agent answers and resolves the
// conversation; its admin finds those figures in Admin → Reports (messages of the day, a first response time by
// that person, the delivery, the number's connection), downloads them as CSV, and reads them on a phone.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import {
  api, connectNumber, eventually, expectAccessible, freshTenant, launch, randomCustomer, screenshot, signIn, token,
} from './support.mjs';

let browser;
let company;
before(async () => {
  browser = await launch();
  company = await freshTenant('reports');
});
after(async () => {
  await company?.purge();
  await browser?.close();
});

test("an admin reads the day's messages, response times, delivery and connection, and downloads them as CSV", async () => {
  const number = await connectNumber(company.adminToken);
  const customer = randomCustomer();
  await number.customerWrites(`+${customer}`, 'Cliente Relatório', 'Bom dia, quero um orçamento');
  await number.customerWrites(`+${customer}`, 'Cliente Relatório', 'Para 10 caixas');
  const agent = await token(company.agent, company.password);
  let conversation;
  await eventually('the conversation is in the inbox', async () => {
    [conversation] = await api('/api/conversations?status=OPEN', { token: agent });
    return Boolean(conversation);
  });
  await api(`/api/conversations/${conversation.id}/messages`, {
    method: 'POST', token: agent, body: { type: 'text', text: 'Claro! Segue o orçamento.' },
  });
  await api(`/api/conversations/${conversation.id}/resolve`, { method: 'POST', token: agent });

  const admin = company.agent.replace(/-agent$/, '-admin');
  const { page } = await signIn(browser, admin, { password: company.password });
  await page.getByRole('banner').getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
  // the figures are summed every few seconds: read them again until they include what just happened
  // (each figure may be summed at another moment: wait for all three)
  await eventually('the day\'s messages and the resolved conversation are in the reports', async () => {
    const received = await page.getByTestId('overview-received').textContent();
    const sent = await page.getByTestId('overview-sent').textContent();
    const resolved = await page.getByTestId('overview-resolved').textContent();
    if (received?.endsWith('2') && sent?.endsWith('1') && resolved?.endsWith('1')) return true;
    await page.reload();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    return false;
  }, 90_000);
  assert.match(await page.getByTestId('overview-opened').textContent(), /1$/);
  assert.match(await page.getByTestId('overview-firstResponse').textContent(), /\d+ (sec|min)$/);
  const byAgent = page.getByTestId('times-by-agent');
  await byAgent.getByRole('row', { name: /Fresh agent/ }).waitFor();
  assert.match(await page.getByTestId('messages-by-number').textContent(), /Browser test line\s*2\s*1/);
  await page.getByTestId('statuses').waitFor();
  const health = page.getByTestId('numbers-health').getByRole('row', { name: /Browser test line/ });
  await health.waitFor();
  assert.match(await health.textContent(), /100%/);
  await screenshot(page, 'reports', 'desktop');
  await expectAccessible(page, 'the reports');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Messages per day as CSV' }).click();
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^messages-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  assert.match(csv, /^\uFEFFDay,Number,Number id,Received,Sent\r\n/);
  assert.match(csv, new RegExp(`\\d{4}-\\d{2}-\\d{2},Browser test line,${number.connectionId},2,1\\r\\n`));

  // on a phone, in the same address, one number chosen
  const phone = await signIn(browser, admin, { password: company.password, size: 'phone' });
  await phone.page.goto(`${page.url()}${page.url().includes('?') ? '&' : '?'}number=${number.connectionId}`);
  await phone.page.getByTestId('messages-by-number').waitFor({ timeout: 30_000 });
  assert.equal(await phone.page.getByRole('combobox', { name: 'Number' }).inputValue(), number.connectionId);
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `nothing wider than the phone's screen (${overflow}px too wide)`);
  await screenshot(phone.page, 'reports', 'phone');
  await expectAccessible(phone.page, 'the reports on a phone');
});
