// Opens the hub's explorer in Debian's Chromium, runs the official's example through GraphiQL's run button,
// waits for the district's name in the result pane and saves a screenshot; then switches to the social worker's
// example and runs it at once (GraphiQL used to send the previous tab's operation name then).
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
  // The editors are Monaco: wait until the operation editor shows a query.
  await page.locator('.graphiql-query-editor .monaco-editor .view-lines').first().waitFor();
  await page.locator('button[data-example="DistrictOverview"]').click();
  await page.locator('.graphiql-query-editor .view-lines', { hasText: 'DistrictOverview' }).waitFor();
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.graphiql-response .view-lines', { hasText: '望城区' }).waitFor();
  await page.screenshot({ path: screenshot });
  const response = await page.locator('.graphiql-response .view-lines').innerText();
  console.log(`ran DistrictOverview; the result pane begins: ${response.replace(/\s+/g, ' ').slice(0, 160)}`);

  await page.locator('button[data-example="Township"]').click();
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.graphiql-response .view-lines', { hasText: '"parent"' }).waitFor();
  console.log('ran Township right after switching to its tab');
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
