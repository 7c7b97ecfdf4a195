// Opens the hub's explorer in Debian's Chromium and works it as a newcomer would: the social worker's example (the
// role switcher follows it) shows the elder behind a need, and a screenshot is saved; the same document as an
// anonymous caller shows the need's public title only; the social worker records a need (a write); the official's
// examples run one right after the other (GraphiQL used to send the previous tab's operation name then).
// Usage: node explorer.mjs <hub url, e.g. http://127.0.0.1:5000> <screenshot.png>
// Exits 0 when the query ran and nothing was fetched from any other host; prints why otherwise.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [hub, screenshot] = process.argv.slice(2);
if (!hub || !screenshot) {
  console.error('usage: node explorer.mjs <hub url> <screenshot.png>');
  process.exit(2);
}
const executablePath = '/usr/bin/chromium';
const timeout = 60_000;

const profile = await mkdtemp(path.join(tmpdir(), 'resourcehub-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 900 },
  locale: 'zh-CN',
});

const hubOrigin = new URL(hub).origin;
const elsewhere = [];
const problems = [];
context.on('request', (request) => {
  const url = new URL(request.url());
  if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== hubOrigin) elsewhere.push(request.url());
});

let failure;
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`); });

  await page.goto(new URL('/graphql', hub).href, { waitUntil: 'load' });
  // The editors are Monaco: wait until the operation editor shows a query, and the role switcher its identities.
  await page.locator('.graphiql-query-editor .monaco-editor .view-lines').first().waitFor();
  await page.locator('select[data-identity] option[value="social_worker"]').waitFor({ state: 'attached' });

  // Runs the operation in the editor and hands back what the hub answered, with the Authorization header sent.
  const run = async (operation) => {
    await page.locator('.graphiql-query-editor .view-lines', { hasText: operation }).waitFor();
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST');
    await page.locator('.graphiql-execute-button').click();
    const response = await answered;
    return { body: await response.json(), authorization: response.request().headers().authorization ?? null };
  };
  const role = () => page.locator('select[data-identity]').inputValue();
  const check = (condition, what) => { if (!condition) throw new Error(what); };

  // The social worker's example switches to the social worker and shows the elder behind the need.
  await page.locator('button[data-example="WhoCanHelp"]').click();
  check(await role() === 'social_worker', `WhoCanHelp should speak as the social worker, not ${await role()}`);
  let answer = await run('WhoCanHelp');
  check(answer.authorization?.startsWith('Bearer '), 'the social worker\'s request carried no token');
  check(answer.body.data?.need?.elder?.edges?.[0]?.node?.name === '贺某红', `the social worker does not see the elder: ${JSON.stringify(answer.body).slice(0, 300)}`);
  await page.locator('.graphiql-response .view-lines', { hasText: '贺某红' }).waitFor();
  await page.screenshot({ path: screenshot });
  const helpers = answer.body.data.whoCanHelp.map((h) => h.helper.name);
  console.log(`ran WhoCanHelp as 社工: the elder 贺某红, helpers ${helpers.join('、')}`);

  // The same document as an anonymous caller: a public title, the situations refused at their path, no elder.
  await page.locator('select[data-identity]').selectOption('anonymous');
  answer = await run('WhoCanHelp');
  check(answer.authorization === null, 'the anonymous request carried a token');
  const text = JSON.stringify(answer.body);
  check(answer.body.data?.need?.name === '送节目上门（月悦社区）', `the anonymous caller should see the public title: ${text.slice(0, 300)}`);
  check(!text.includes('贺某红') && answer.body.errors?.some((e) => e.extensions?.code === 'FORBIDDEN'), `the anonymous caller saw the elder or no refusal: ${text.slice(0, 300)}`);
  console.log(`ran WhoCanHelp as 匿名: "${answer.body.data.need.name}", helpers ${answer.body.data.whoCanHelp.map((h) => h.helper.name).join('、')}`);

  // A write: the social worker records a need for an elder of the station.
  await page.locator('button[data-example="NewNeed"]').click();
  answer = await run('NewNeed');
  const created = answer.body.data?.createNeed;
  check(created?.need?.id && created.userErrors.length === 0, `the social worker could not record the need: ${JSON.stringify(answer.body).slice(0, 300)}`);
  console.log(`ran NewNeed as 社工: created ${created.need.id} "${created.need.name}"`);

  // The official's example, then the next one at once (GraphiQL used to send the previous tab's operation name).
  await page.locator('button[data-example="DistrictOverview"]').click();
  check(await role() === 'official', `DistrictOverview should speak as the official, not ${await role()}`);
  answer = await run('DistrictOverview');
  check(answer.body.data?.area?.name === '望城区', `DistrictOverview did not answer 望城区: ${JSON.stringify(answer.body).slice(0, 300)}`);
  await page.locator('button[data-example="Township"]').click();
  answer = await run('Township');
  check(answer.body.data?.area?.parent?.name === '望城区', `Township did not run right after switching tabs: ${JSON.stringify(answer.body).slice(0, 300)}`);
  console.log('ran DistrictOverview and, right after switching to its tab, Township as 民政局');
} catch (error) {
  failure = error;
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}

if (elsewhere.length > 0) problems.push(`fetched from outside the hub: ${[...new Set(elsewhere)].join(', ')}`);
for (const problem of problems) console.error(problem);
if (failure) {
  console.error(`the explorer did not run the query: ${failure.message}`);
  process.exit(1);
}
process.exit(problems.length > 0 ? 1 : 0);
