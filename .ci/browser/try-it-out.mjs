// "Try it out" in the served Swagger UI, in Debian's headless Chromium,
// against a running service, as a person would use it (issue #15):
//  1. anonymous: the server dropdown offers the running service itself;
//     GET /sectors (listSectors) with the prefilled parameters answers 200
//     at that address, with seeded sectors in the body;
//  2. admin: Authorize with a bearer token, then POST /sectors (createSector)
//     with the documented example body left as it is answers 201.
// Usage: node .ci/browser/try-it-out.mjs BASE_URL (e.g. http://127.0.0.1:18183)
// with ADMIN_TOKEN in the environment. Started by .ci/browser.sh, which runs
// the service and installs Chromium and playwright-core. Never downloads a
// browser: it drives /usr/bin/chromium (or $CHROMIUM).
// On a failure it saves a screenshot and the page's text, prints their paths
// and exits 1.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = (process.argv[2] || '').replace(/\/+$/, '');
const TOKEN = process.env.ADMIN_TOKEN || '';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const API = `${BASE}/v1`;
// Explicit waits on selectors are bounded by this; a cold debug build
// answers in well under a second, so 20 s means something is wrong.
const TIMEOUT_MS = 20_000;

if (!/^https?:\/\/[^/]+$/.test(BASE) || !TOKEN) {
  console.error('usage: ADMIN_TOKEN=... node .ci/browser/try-it-out.mjs http://127.0.0.1:PORT');
  process.exit(2);
}

class Failure extends Error {}
const check = (ok, message) => {
  if (!ok) throw new Failure(message);
};

const ARTIFACTS = mkdtempSync(join(tmpdir(), 'imvo-browser-'));
const profile = mkdtempSync(join(tmpdir(), 'imvo-chromium-profile-'));

// Sector codes the service holds before the test changes anything: the
// seeded records that the GET must show.
async function seededSectorCodes() {
  const response = await fetch(`${API}/sectors?pageSize=100`, { headers: { accept: 'application/json' } });
  check(response.ok, `GET ${API}/sectors?pageSize=100 (outside the browser) answered ${response.status}`);
  const codes = (await response.json()).items.map((item) => item.code);
  check(codes.length > 0, `GET ${API}/sectors shows no sector: the service has no seeded record`);
  return codes;
}

// What the browser page itself logged and asked, for a failure's report.
function record(page) {
  const log = [];
  page.on('console', (m) => log.push(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => log.push(`request failed: ${r.method()} ${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => log.push(`response: ${r.request().method()} ${r.url()} -> ${r.status()}`));
  return log;
}

async function openDocs(page) {
  await page.goto(`${BASE}/docs/`, { waitUntil: 'domcontentloaded' });
  // The document has loaded once the server dropdown and the operations show.
  await page.locator('.servers select').waitFor();
  await page.locator('#operations-Sectors-listSectors').waitFor();
}

// Expands an operation, clicks "Try it out" and returns its block.
async function tryOut(page, id) {
  const op = page.locator(`#${id}`);
  await op.locator('.opblock-summary-control').click();
  await op.locator('.opblock-body').waitFor();
  await op.locator('button.try-out__btn', { hasText: 'Try it out' }).click();
  await op.locator('button.execute').waitFor();
  return op;
}

// Clicks "Execute" and reads the live response panel as shown.
async function execute(op) {
  await op.locator('button.execute').click();
  const status = op.locator('.live-responses-table .response .response-col_status');
  await status.waitFor();
  const url = await op.locator('.request-url pre').innerText();
  const code = (await status.innerText()).trim().split(/\s+/)[0];
  // The body's <pre>, without the panel's "Download" and copy buttons.
  const bodyEl = op.locator('.live-responses-table .response-col_description .highlight-code pre').first();
  const body = (await bodyEl.count()) ? await bodyEl.innerText() : '';
  const curlEl = op.locator('.curl-command, .request-snippets').first();
  const curl = (await curlEl.count()) ? await curlEl.innerText() : '';
  return { status: code, url: url.trim(), body, curl };
}

const shorten = (text, max = 1500) => (text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text);

async function scenarioListSectors(page, seeded) {
  await openDocs(page);
  const select = page.locator('.servers select');
  const offered = await select.locator('option').evaluateAll((os) => os.map((o) => o.value));
  const chosen = await select.inputValue();
  check(
    chosen === API,
    `the server dropdown shows ${JSON.stringify(chosen)} (offered: ${JSON.stringify(offered)}), not the running service ${API}`,
  );
  const op = await tryOut(page, 'operations-Sectors-listSectors');
  const r = await execute(op);
  check(r.url.startsWith(`${API}/sectors`), `the request URL shown is ${r.url}, not under the running service ${API} (status shown: ${r.status})`);
  check(r.status === '200', `GET /sectors (listSectors) with the prefilled parameters answered ${r.status}, not 200; request URL ${r.url}; body: ${shorten(r.body)}`);
  let shown;
  try {
    shown = JSON.parse(r.body).items.map((item) => item.code);
  } catch (e) {
    throw new Failure(`the response body shown for GET /sectors is not a sector list (${e.message}): ${shorten(r.body)}`);
  }
  const found = shown.filter((c) => seeded.includes(c));
  check(found.length > 0, `the body shown for GET /sectors holds no seeded sector (shown: ${JSON.stringify(shown)}; seeded: ${JSON.stringify(seeded)})`);
  return `server ${chosen}; ${r.url} -> ${r.status}; seeded sectors shown: ${found.join(', ')}`;
}

async function scenarioCreateSector(page, seeded) {
  await openDocs(page);
  await page.locator('.auth-wrapper button.authorize').click();
  const modal = page.locator('.modal-ux');
  await modal.locator('#auth-bearer-value').fill(TOKEN);
  await modal.locator('button.modal-btn.authorize').click();
  // Authorized: the value is masked and the button turns to "Logout".
  await modal.locator('button.modal-btn', { hasText: 'Logout' }).waitFor();
  await modal.locator('button.btn-done').click();
  await modal.waitFor({ state: 'detached' });
  await page.locator('.auth-wrapper button.authorize.locked').waitFor();

  const op = await tryOut(page, 'operations-Sectors-createSector');
  const textarea = op.locator('textarea.body-param__text');
  await textarea.waitFor();
  const sent = await textarea.inputValue();
  let example;
  try {
    example = JSON.parse(sent);
  } catch (e) {
    throw new Failure(`the prefilled body of POST /sectors is not JSON (${e.message}): ${shorten(sent)}`);
  }
  const r = await execute(op);
  check(r.curl.includes('Authorization: Bearer'), `the request shown for POST /sectors carries no Authorization header after Authorize; curl: ${shorten(r.curl)}`);
  check(r.url === `${API}/sectors`, `the request URL shown is ${r.url}, not ${API}/sectors (status shown: ${r.status})`);
  if (r.status !== '201') {
    const hint = seeded.includes(example.code)
      ? ` The documented example's code ${JSON.stringify(example.code)} is a seeded sector's (seeded: ${seeded.join(', ')}), so the documented default cannot create one.`
      : '';
    throw new Failure(
      `POST /sectors (createSector) with the documented example body left as it is answered ${r.status}, not 201.${hint}\n` +
        `  body sent: ${JSON.stringify(example)}\n  service answered: ${shorten(r.body)}`,
    );
  }
  return `${r.url} with ${JSON.stringify(example)} -> ${r.status}`;
}

async function saveFailure(page, name, log, opId) {
  const base = join(ARTIFACTS, name);
  const paths = [];
  // The operation's block (readable at a glance), then the whole page.
  const shots = [
    [`${base}.png`, () => page.locator(`#${opId}`).screenshot({ path: `${base}.png`, timeout: 5_000 })],
    [`${base}-page.png`, () => page.screenshot({ path: `${base}-page.png`, fullPage: true, timeout: 10_000 })],
  ];
  for (const [path, shoot] of shots) {
    try {
      await shoot();
      paths.push(path);
    } catch (e) {
      console.error(`  (no screenshot ${path}: ${e.message.split('\n')[0]})`);
    }
  }
  try {
    writeFileSync(`${base}.txt`, await page.evaluate(() => document.body.innerText));
    paths.push(`${base}.txt`);
  } catch (e) {
    console.error(`  (no page text: ${e.message})`);
  }
  writeFileSync(`${base}.log`, `${log.join('\n')}\n`);
  paths.push(`${base}.log`);
  return paths;
}

const scenarios = [
  ['list-sectors', 'operations-Sectors-listSectors', 'GET /sectors "Try it out" against the running service (anonymous)', scenarioListSectors],
  ['create-sector', 'operations-Sectors-createSector', 'POST /sectors with the documented example body (admin)', scenarioCreateSector],
];

const started = Date.now();
let context;
let failed = 0;
let passed = 0;
try {
  const seeded = await seededSectorCodes();
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 1600 },
    timeout: 60_000,
  });
  context.setDefaultTimeout(TIMEOUT_MS);
  console.log(`browser: ${CHROMIUM}, headless; docs at ${BASE}/docs/`);
  for (const [name, opId, title, run] of scenarios) {
    const page = await context.newPage();
    const log = record(page);
    const t0 = Date.now();
    try {
      const detail = await run(page, seeded);
      passed += 1;
      console.log(`ok: ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s): ${detail}`);
    } catch (e) {
      failed += 1;
      const why = e instanceof Failure ? e.message : `${e.name}: ${e.message}`;
      console.error(`FAILED: ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s): ${why}`);
      for (const p of await saveFailure(page, name, log, opId)) console.error(`  saved ${p}`);
    }
    await page.close();
  }
} catch (e) {
  failed += 1;
  console.error(`FAILED before the scenarios ran: ${e instanceof Failure ? e.message : e.stack || e}`);
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}

console.log(`browser scenarios took ${((Date.now() - started) / 1000).toFixed(1)} s`);
// The plain closing line that CI's log reader counts.
console.log(`browser: ${passed} passed, ${failed} failed`);
if (failed) {
  console.error(`ERROR: "Try it out" in Swagger UI failed; screenshots, page text and the page's network log are in ${ARTIFACTS}`);
  process.exit(1);
}
rmSync(ARTIFACTS, { recursive: true, force: true });
