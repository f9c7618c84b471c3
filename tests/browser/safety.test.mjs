// Safe to use in a crisis: Exit this page, privacy, and what a person sees when things fail.
// Each failure is provoked for real in Chromium against the release build.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_FLAGS, CHROMIUM_PATH, EXIT_URL, allPaths, clickToNextPage, launchChromium,
  navigationHistory, pressShift, routeExit, recordRequests, serveDist, waitForApp, walk,
} from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist({ '/policy.html': () => POLICY });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The essential guidance a person must still see when the app cannot help. */
const ESSENTIALS = ['call 999', "children's social care", '0808 800 5000', '0300 123 1231'];

async function assertEssentials(page, because) {
  const text = await page.locator('#signpost').innerText();
  for (const fact of ESSENTIALS) assert.ok(text.includes(fact), `${because}: "${fact}" is not shown`);
}

/** A setting's own page, linking into the tool, as docs/architecture.md invites. */
const LINKED_TARGETS = [
  '', '#setting', '#professional', '#which-lado', '#dbs-referral', '#glossary', '#set-up', '#staying-safe',
  // Every outcome, as a setting's policy may link to any.
  ...[...new Set(allPaths().map((path) => path.outcome))].map((outcome) => `#${outcome}`),
];
const POLICY = `<!doctype html><html lang="en"><title>Our safeguarding policy</title><body>
${LINKED_TARGETS.map((target) => `<p><a href="/${target}">Open Signpost ${target}</a></p>`).join('\n')}</body></html>`;

test('Exit this page hides everything, forgets the answers and leaves no way Back', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await routeExit(page);
  // What the page looked like on its way out: seen as it steps back through its history.
  let leaving;
  await page.exposeFunction('reportLeaving', (seen) => { leaving = seen; });
  await page.addInitScript(() => {
    window.addEventListener('signpost-exit', () => {
      window.addEventListener('popstate', () => window.reportLeaving({
        hidden: document.body.classList.contains('govuk-exit-this-page-hide-content'),
        app: document.getElementById('signpost').textContent.trim(),
      }), { once: true });
    });
  });
  await page.goto(server.url);
  await waitForApp(page);
  await walk(page, [['immediate-danger', 'no'], ['who-are-you', 'someone-else'], ['what-is-the-worry', 'harm-by-worker']]);
  await page.getByRole('heading', { level: 1, name: /LADO/ }).waitFor();

  await page.getByRole('button', { name: 'Emergency Exit this page' }).click();
  await page.waitForURL(EXIT_URL);
  assert.deepEqual(leaving, { hidden: true, app: '' }, 'the page is hidden and the answers gone');
  const { entries, currentIndex } = await navigationHistory(page);
  const earlier = entries.slice(0, currentIndex);
  assert.ok(
    earlier.every((entry) => !entry.url.startsWith(server.url)),
    `Back would return to the tool: ${JSON.stringify(earlier)}`,
  );
  const kept = entries.filter((entry) => entry.url.startsWith(server.url));
  assert.ok(
    kept.every((entry) => !/LADO|worried|danger|child/i.test(entry.title)),
    `the browser keeps a telling title: ${JSON.stringify(kept)}`,
  );
  await page.goBack();
  assert.ok(!page.url().startsWith(server.url), `Back returned to the tool: ${page.url()}`);
  await context.close();
});

/** Issue 11: after following a setting's link into a flow, a tool, the glossary or an outcome,
 * Exit must land on its destination with the tool's entries gone, not on the page that linked. */
test('Exit this page leaves the tool, not back to the page that linked in, whatever the link opened', async () => {
  for (const target of LINKED_TARGETS) {
    for (const how of ['button', 'shift']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await routeExit(page);
      await page.goto(new URL('policy.html', server.url).href);
      await page.getByRole('link', { name: `Open Signpost ${target}`, exact: true }).click();
      // The app is running once it has drawn a page heading (hidden under #staying-safe).
      await page.locator('#page-heading').waitFor({ state: 'attached' });
      if (how === 'button') {
        await page.getByRole('button', { name: 'Emergency Exit this page' }).click();
      } else {
        await pressShift(page, 3);
      }
      await page.waitForURL(`${EXIT_URL}**`, { timeout: 15000 }).catch(async (error) => {
        const { entries } = await navigationHistory(page);
        throw new Error(`${target || 'no fragment'} (${how}): did not reach the exit: ${page.url()} ${JSON.stringify(entries)}`, { cause: error });
      });
      const { entries, currentIndex } = await navigationHistory(page);
      const tool = (entry) => entry.url.startsWith(server.url) && !entry.url.endsWith('policy.html');
      assert.ok(
        !entries.slice(0, currentIndex).some(tool),
        `${target || 'no fragment'} (${how}): Back would return to the tool: ${JSON.stringify(entries)}`,
      );
      await page.goBack();
      assert.ok(page.url().endsWith('policy.html'), `${target || 'no fragment'} (${how}): Back went to ${page.url()}`);
      await context.close();
    }
  }
});

test('Shift pressed three times exits, with GOV.UK status messages; Shift while typing does not count', async () => {
  const page = await browser.newPage();
  await routeExit(page);
  await page.goto(server.url);
  await waitForApp(page);
  const status = page.locator('#exit-this-page-status');

  // Capitals typed with Shift held are not presses.
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift+B');
  await page.keyboard.press('Shift+C');
  assert.equal(await status.textContent(), '');
  assert.ok(page.url().startsWith(server.url));

  await pressShift(page, 1);
  assert.equal(await status.textContent(), 'Shift, press 2 more times to exit.');
  await pressShift(page, 1);
  assert.equal(await status.textContent(), 'Shift, press 1 more time to exit.');
  await pressShift(page, 1);
  await page.waitForURL(EXIT_URL);
  await page.close();
});

test('a page restored from the back/forward cache starts afresh, never with the last answers', async () => {
  const page = await browser.newPage();
  await routeExit(page);
  await page.goto(server.url);
  await waitForApp(page);
  await walk(page, [['immediate-danger', 'no'], ['who-are-you', 'child-or-young-person']]);
  await page.getByRole('heading', { level: 1, name: 'Talk to Childline' }).waitFor();
  await page.goto(EXIT_URL);
  await page.goBack();
  await page.locator('#page-heading').waitFor();
  // Whether the browser restored the page from its cache or loaded it again, no answer shows.
  await page.waitForFunction(() => !document.querySelector('.govuk-summary-list'));
  assert.equal(await page.getByRole('heading', { name: 'Talk to Childline' }).count(), 0);
  await page.close();
});

test('walking every path of every flow sends nothing and stores nothing', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const allRequests = recordRequests(page);
  await page.goto(server.url);
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  const loaded = allRequests.length;

  const paths = allPaths();
  assert.ok(paths.length >= 70, `only ${paths.length} paths`);
  const outcomes = new Set();
  // Postcodes from the ONS directory, typed into Find the council wherever a page has it.
  const postcodes = readFileSync('tests/data/postcode-sample.txt', 'utf8').split('\n').filter((line) => /^[A-Z]/.test(line)).map((line) => line.split(' ')[0]);
  let typed = 0;
  for (const path of paths) {
    await walk(page, path.answers, path.flow);
    await page.locator('.govuk-summary-list').waitFor();
    outcomes.add(path.outcome);
    const field = page.getByLabel('Postcode', { exact: true });
    if (await field.count()) {
      await field.fill(postcodes[typed++ % postcodes.length]);
      await field.press('Enter');
      await page.locator('#find-council-answer').waitFor();
    }
    assert.equal(page.url(), server.url, 'an answer reached the URL');
    assert.equal(await page.evaluate(() => typeof history.state), 'number');
    await clickToNextPage(page, page.getByRole('button', { name: 'Start again' }));
  }

  const afterLoad = allRequests.slice(loaded);
  assert.deepEqual(afterLoad, [], 'requests after the app had loaded');
  // The outcome pages' advice, fetched once on load whatever the journey: its address is the
  // same for everyone, the build's version and nothing else.
  const advice = allRequests.filter((url) => new URL(url).pathname.endsWith('/advice.txt'));
  assert.equal(advice.length, 1, `the advice fetched ${advice.length} times`);
  assert.match(advice[0], /\/advice\.txt\?v=[0-9a-f]{16}$/);
  // The postcode table likewise: once, at its edition's address, never per area or postcode.
  const councils = allRequests.filter((url) => new URL(url).pathname.endsWith('/councils.txt'));
  assert.equal(councils.length, 1, `the postcode table fetched ${councils.length} times`);
  assert.match(councils[0], /\/councils\.txt\?v=[A-Za-z]+-\d{4}$/);
  assert.ok(typed >= 20, `postcodes typed on only ${typed} pages`);
  assert.ok(postcodes.slice(0, typed).every((postcode) => !allRequests.some((url) => url.includes(postcode))));
  assert.ok(allRequests.every((url) => url.startsWith(server.url)), `a third-party request: ${allRequests}`);
  assert.equal(outcomes.size, new Set(paths.map((path) => path.outcome)).size, 'an outcome was not reached');
  assert.ok(outcomes.size >= 28, `only ${outcomes.size} outcomes`);
  assert.deepEqual(await context.cookies(), []);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDb: (await indexedDB.databases()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, indexedDb: 0, workers: 0 });
  console.log(`privacy walk: ${paths.length} paths in ${new Set(paths.map((p) => p.flow)).size} flows, ${outcomes.size} outcomes, ${typed} postcodes looked up, ${afterLoad.length} requests after load`);
  await context.close();
});

test('the app runs under a strict Content Security Policy that is really enforced', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.violatedDirective));
  });
  const response = await page.goto(server.url);
  await waitForApp(page);
  await walk(page, [['immediate-danger', 'yes']]);
  await page.getByRole('heading', { level: 1, name: 'Call 999 now' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.violations), []);

  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(meta, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  // The header adds frame-ancestors, which a <meta> cannot carry (docs/embedding.md, "Security headers").
  assert.equal(response.headers()['content-security-policy'], `${meta}; frame-ancestors *`, 'the header form matches the meta');
  assert.equal(response.headers()['referrer-policy'], 'no-referrer');
  assert.equal(await page.locator('meta[name="referrer"]').getAttribute('content'), 'no-referrer');

  // An injected inline script is refused.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  assert.equal(await page.evaluate(() => window.injected), undefined);
  assert.ok((await page.evaluate(() => window.violations)).includes('script-src-elem'));
  await page.close();
});

/** After a failure: the essentials show, and Exit this page still works. */
async function assertFailsSafely(page, because) {
  await assertEssentials(page, because);
  await page.getByRole('button', { name: 'Emergency Exit this page' }).click();
  await page.waitForURL(EXIT_URL);
}

test('without JavaScript: the static guidance and a working Exit', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await routeExit(page);
  await page.goto(server.url);
  await assertFailsSafely(page, 'without JavaScript');
  await context.close();
});

test('with the wasm file blocked: the static guidance and a working Exit', async () => {
  const page = await browser.newPage();
  await routeExit(page);
  await page.route('**/*.wasm', (route) => route.abort());
  const failed = page.waitForEvent('requestfailed', (request) => request.url().endsWith('.wasm'));
  await page.goto(server.url);
  await failed;
  await assertEssentials(page, 'with the wasm blocked');
  // The shortcut is plain script too.
  await pressShift(page, 3);
  await page.waitForURL(EXIT_URL);
  await page.close();
});

test('without WebAssembly (as in Lockdown Mode): the static guidance and a working Exit', async () => {
  const page = await browser.newPage();
  await routeExit(page);
  await page.addInitScript(() => { delete globalThis.WebAssembly; });
  const loaderFailed = page.waitForEvent('pageerror');
  await page.goto(server.url);
  await loaderFailed;
  await assertFailsSafely(page, 'without WebAssembly');
  await page.close();
});

test('a panic after several answers puts the static guidance back, and Exit still leaves the tool', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await routeExit(page);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await waitForApp(page);
  await walk(page, [['immediate-danger', 'no'], ['who-are-you', 'someone-else']]);
  // Take away an element the app will insert before, as a misbehaving extension might: back on
  // the start page there is no Back link, and Yew panics when it cannot insert it, going
  // forward again.
  await page.evaluate(() => document.querySelector('.signpost-page').remove());
  for (let back = 0; back < 3; back += 1) await page.goBack();
  await page.goForward();
  await page.getByText('Sorry, this tool stopped working').waitFor();
  assert.ok(errors.length > 0, 'the app did not fail');
  await assertFailsSafely(page, 'after a panic');
  const { entries, currentIndex } = await navigationHistory(page);
  const tool = (entry) => entry.url.startsWith(server.url);
  assert.ok(!entries.slice(0, currentIndex).some(tool), `Back would return to the tool: ${JSON.stringify(entries)}`);
  await context.close();
});

test('"Staying safe online" says what Exit does and does not do, with or without the app', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(server.url);
    if (javaScriptEnabled) await waitForApp(page);
    await page.getByRole('link', { name: 'Staying safe online' }).click();
    const section = page.locator('#staying-safe');
    assert.ok(await section.isVisible(), `the page shows (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`);
    assert.equal(await page.locator('#signpost').isVisible(), false, 'it shows in place of the questions');
    const text = await section.innerText();
    assert.match(text, /does not clear your browsing history/);
    assert.match(text, /private window/);
    assert.ok(await page.locator('#exit-this-page').isVisible(), 'Exit stays to hand');
    await context.close();
  }
});

// Security review M1: a person who simply closes the tab leaves the last page's title in the
// browser's history, which a synced browser shows on the account's other devices. The titles
// the profile keeps are read from its own History database after the tab has gone.
test('a tab closed without Exit leaves no page of the journey in the browser history', async () => {
  // Chromium sometimes records the last page's title after the neutral one the page sets as the
  // tab closes (about one close in five here, 2026-12-06, whether the tab closes at once or a
  // second later): a race in the browser's history that the page cannot win every time. So a
  // person's close is tried up to three times, and the test fails if the title is kept every
  // time, as it would be if the page set no neutral title at all.
  const kept = [];
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const titles = await titlesAfterClosing();
    if (!/Childline|Is a child in danger|Which of these/.test(titles)) {
      assert.match(titles, /Worried about a child - who to tell/, 'the history keeps the page, under its first title');
      return;
    }
    kept.push(titles);
  }
  assert.fail(`every close kept the journey's titles:\n${kept.join('\n')}`);
});

/** Walks to an outcome in a fresh profile, closes the tab as a person would, and reads the
 * titles the profile's own History database keeps. */
async function titlesAfterClosing() {
  const profile = await mkdtemp(join(tmpdir(), 'signpost-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForApp(page);
  await walk(page, [['immediate-danger', 'no'], ['who-are-you', 'child-or-young-person']]);
  await page.getByRole('heading', { level: 1, name: 'Talk to Childline' }).waitFor();
  assert.match(await page.title(), /Talk to Childline/, 'the open page says where the person is');
  await page.close({ runBeforeUnload: true });
  await context.close();
  const read = 'import sqlite3, sys\n'
    + 'rows = sqlite3.connect(sys.argv[1]).execute("select title from urls")\n'
    + 'print("\\n".join(title for (title,) in rows))';
  const titles = execFileSync('python3', ['-c', read, join(profile, 'Default', 'History')]).toString();
  await rm(profile, { recursive: true, force: true });
  return titles;
}
