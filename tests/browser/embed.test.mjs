// Signpost in another site's frame, as a setting puts it on Wix, Squarespace or WordPress: the
// setting's page on one origin (localhost) frames Signpost from another (127.0.0.1) with the
// snippet the README gives, its contacts in the frame's address.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ALLEGATION, EXIT_URL, STARTS, allPaths, focused, launchChromium, navigationHistory, pressShift,
  recordRequests, routeExit, serveDist, waitForApp,
} from './harness.mjs';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

let server;
let browser;
let signpost;

const CONTACTS = {
  'setting-name': 'Little Acorns Pre-School',
  'designated-lead': 'Sam Jones',
  'lado-phone': '01962 876364',
  'area-name': 'Hampshire',
};

/** The host script as the set-up page's code holds it, inline (src/embed/signpost-embed.js). */
const HOST_SCRIPT = readFileSync(new URL('../../src/embed/signpost-embed.js', import.meta.url), 'utf8');

/** The snippet of the README's "Put Signpost on your site", for Signpost at `origin`. */
function snippet(origin, { hostScript = true } = {}) {
  const query = new URLSearchParams(CONTACTS).toString();
  return `<iframe data-signpost src="${origin}/#${query.replaceAll('&', '&amp;')}" title="Worried about a child: who to tell"
  style="width: 100%; height: 600px; border: 0" referrerpolicy="no-referrer"
  sandbox="allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox allow-modals allow-downloads"></iframe>
${hostScript ? `<script>\n${HOST_SCRIPT}\n</script>` : ''}`;
}

const hostPage = (options) => () => `<!doctype html><html lang="en"><title>Little Acorns: safeguarding</title>
<body><h1>Safeguarding at Little Acorns</h1>${snippet(signpost, options)}<p>Thank you.</p></body></html>`;

/** A setting's page whose own script writes down everything a page can see of a frame in it,
 * as analytics or session replay would: the frame's size and style, every message, the history's
 * length, its own scroll position, and focus, scroll and history events. The frame sits below a
 * long introduction, so a frame that scrolled its page to show a heading would move it. */
const observedPage = () => `<!doctype html><html lang="en"><title>Little Acorns: safeguarding</title>
<script>
  window.seen = [];
  const note = (what) => window.seen.push(what);
  addEventListener('message', (event) => note('message ' + JSON.stringify(event.data)));
  for (const type of ['focus', 'blur', 'scroll', 'visibilitychange', 'hashchange', 'popstate', 'resize']) {
    addEventListener(type, () => note(type), true);
  }
  addEventListener('DOMContentLoaded', () => {
    const frame = document.querySelector('iframe[data-signpost]');
    new ResizeObserver(() => {
      const box = frame.getBoundingClientRect();
      note('size ' + Math.round(box.width) + 'x' + Math.round(box.height));
    }).observe(frame);
    new MutationObserver(() => note('attributes ' + frame.getAttribute('style'))).observe(frame, { attributes: true });
  });
  window.observed = () => ({ seen: window.seen, historyLength: history.length, scrollY: Math.round(scrollY) });
</script>
<body><h1>Safeguarding at Little Acorns</h1><div style="height: 1500px">Our policy.</div>
${snippet(signpost, { hostScript: true })}<p>Thank you.</p></body></html>`;

/** The set-up page's code, as a setting pastes it into its own page. */
let pasted = '';

before(async () => {
  server = await serveDist(
    {
      '/host.html': hostPage(),
      '/fixed.html': hostPage({ hostScript: false }),
      '/pasted.html': () => `<!doctype html><html lang="en"><title>Pasted</title><body>${pasted}</body></html>`,
      '/observed.html': observedPage,
      '/own-exit.html': () => hostPage()().replace('<iframe data-signpost', `<iframe data-signpost data-exit="${EXIT_URL}?from=setting"`),
      '/opener.html': () => '<!doctype html><html lang="en"><title>Opener</title><body></body></html>',
    },
    { headersOnHostPages: false },
  );
  signpost = server.url.replace(/\/$/, '');
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The setting's page, on another origin than Signpost's. */
async function openHost(path = 'host.html') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await routeExit(page);
  const requests = recordRequests(page);
  await page.goto(new URL(path, server.url.replace('127.0.0.1', 'localhost')).href);
  const frame = page.frameLocator('iframe[data-signpost]');
  await frame.getByRole('button', { name: 'Start now' }).waitFor();
  return { context, page, frame, requests };
}

const frameHeight = (page) => page.locator('iframe[data-signpost]').evaluate((iframe) => iframe.getBoundingClientRect().height);
const contentHeight = (frame) => frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));

/** Chooses `answer` and Continue, and waits for the next page. */
async function choose(frame, answer) {
  const before = await frame.locator('#page-heading').textContent();
  await frame.locator(`#answer-${answer}`).check();
  await frame.getByRole('button', { name: 'Continue' }).click();
  await frame.locator('#page-heading', { hasNotText: before }).waitFor();
}

test("the frame keeps the size its page gives it, tells that page nothing, and shows the setting's contacts", async () => {
  const { context, page, frame, requests } = await openHost();
  const messages = [];
  await page.exposeFunction('noteMessage', (data) => messages.push(data));
  await page.evaluate(() => addEventListener('message', (event) => window.noteMessage(JSON.stringify(event.data))));
  const heights = new Set([Math.round(await frameHeight(page))]);
  await frame.getByRole('button', { name: /work or volunteer with children/ }).click();
  await frame.getByRole('heading', { level: 1, name: 'Is a child in danger right now?' }).waitFor();
  heights.add(Math.round(await frameHeight(page)));
  const answers = ALLEGATION.map(([, answer]) => answer);
  for (const answer of answers) await choose(frame, answer);
  await frame.getByRole('heading', { level: 1, name: /LADO/ }).waitFor();
  heights.add(Math.round(await frameHeight(page)));
  assert.deepEqual([...heights], [600], 'the frame keeps the height its page gave it');
  assert.ok(await contentHeight(frame) > 600, 'a long page scrolls inside the frame');
  assert.deepEqual(messages, [], 'the frame sends its page nothing');

  const main = await frame.locator('main').innerText();
  assert.match(main, /Your designated safeguarding lead: Sam Jones/);
  assert.match(main, /The LADO for Hampshire/);
  assert.match(main, /given by the website you are on/);
  assert.ok(await frame.locator('a[href="tel:01962876364"]').first().isVisible());
  assert.equal(await frame.locator('.signpost-configuration-notice').count(), 0, 'no bad value');

  const leaks = requests.filter((url) => answers.some((answer) => new URL(url).search.includes(answer) || new URL(url).hash.includes(answer)));
  assert.deepEqual(leaks, [], 'no request carries an answer');
  const frameUrl = await frame.locator('html').evaluate(() => window.location.href);
  assert.ok(answers.every((answer) => !new URL(frameUrl).search.includes(answer)), 'the frame\'s address carries no answer');
  await context.close();
});

test('without the host script the frame keeps its height and scrolls', async () => {
  const { context, page, frame } = await openHost('fixed.html');
  await frame.getByRole('button', { name: /work or volunteer with children/ }).click();
  for (const [, answer] of ALLEGATION) await choose(frame, answer);
  await frame.getByRole('heading', { level: 1, name: /LADO/ }).waitFor();
  assert.equal(Math.round(await frameHeight(page)), 600);
  assert.ok(await contentHeight(frame) > 600, 'the outcome is taller than the frame, so the frame scrolls');
  await context.close();
});

// Security review H2: whatever a person answers, the page around the frame, and every script on
// it, sees the same. Every path of every flow, each from a fresh load of the setting's page.
test('the page around the frame sees the same whatever path the person takes', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const requests = recordRequests(page);
  const observations = new Map();
  for (const path of allPaths()) {
    await page.goto(new URL('observed.html', server.url.replace('127.0.0.1', 'localhost')).href);
    const frame = page.frameLocator('iframe[data-signpost]');
    await frame.getByRole('button', { name: 'Start now' }).waitFor();
    // The advice is fetched once, after the first page, whatever the answers: wait for it, so
    // the requests made while the person answers are the answers' alone.
    await frame.locator('html').evaluate(() => new Promise((resolve) => {
      const drawn = () => performance.getEntriesByName('signpost:advice-drawn').length > 0;
      const check = () => (drawn() ? resolve() : setTimeout(check, 20));
      check();
    }));
    // The frame's top, with its heading, above the screen; settled before anything is noted.
    await page.evaluate(() => new Promise((resolve) => {
      window.scrollTo(0, document.querySelector('iframe').offsetTop + 300);
      requestAnimationFrame(() => requestAnimationFrame(resolve));
    }));
    const before = await page.evaluate(() => ({ ...window.observed(), seen: window.seen.length }));
    requests.length = 0;
    const next = async (click) => {
      const heading = await frame.locator('#page-heading').textContent();
      await click();
      await frame.locator('#page-heading', { hasNotText: heading }).waitFor();
    };
    await next(() => STARTS[path.flow](frame).click());
    for (const [, answer] of path.answers) {
      await frame.locator(`#answer-${answer}`).check();
      await next(() => frame.getByRole('button', { name: 'Continue' }).click());
    }
    const title = readFileSync(new URL(`../snapshots/pages/${path.outcome}.txt`, import.meta.url), 'utf8')
      .split('\n').find((line) => line.startsWith('# ')).slice(2);
    assert.equal(await frame.locator('#page-heading').textContent(), title, `${path.outcome} reached`);
    const after = await page.evaluate(() => window.observed());
    const seen = {
      events: after.seen.slice(before.seen),
      historyLength: after.historyLength - before.historyLength,
      scrolled: after.scrollY - before.scrollY,
      requests: requests.slice(),
    };
    observations.set(`${path.flow}: ${path.answers.map((pair) => pair.join('=')).join(' ')} -> ${path.outcome}`, JSON.stringify(seen));
  }
  const distinct = new Set(observations.values());
  assert.equal(distinct.size, 1, [...observations].map(([path, seen]) => `${path}\n  ${seen}`).join('\n'));
  const [seen] = distinct;
  assert.deepEqual(JSON.parse(seen).historyLength, 0, 'no page adds a history entry');
  assert.deepEqual(JSON.parse(seen).scrolled, 0, 'the page around the frame never scrolls');
  assert.ok(observations.size >= 60, `every path was walked (${observations.size})`);
  await context.close();
});

test('Exit this page in the frame, by the button and by Shift three times, takes the whole page to the destination', async () => {
  for (const how of ['button', 'shift']) {
    const { context, page, frame } = await openHost();
    await frame.getByRole('button', { name: /work or volunteer with children/ }).click();
    for (const [, answer] of ALLEGATION.slice(0, 2)) await choose(frame, answer);
    if (how === 'button') {
      await frame.getByRole('button', { name: 'Emergency Exit this page' }).click();
    } else {
      await frame.locator('#page-heading').focus();
      // A browser lets a frame move the whole page only for 5 seconds after a click: Shift must
      // work long after the last one.
      await page.waitForTimeout(5500);
      await pressShift(page, 3);
    }
    await page.waitForURL(`${EXIT_URL}**`, { timeout: 15000 }).catch(async (error) => {
      throw new Error(`${how}: the top did not reach the exit: ${page.url()} ${JSON.stringify(await navigationHistory(page))}`, { cause: error });
    });
    const { entries, currentIndex } = await navigationHistory(page);
    const history = JSON.stringify(entries);
    assert.ok(
      entries.slice(0, currentIndex).every((entry) => !entry.url.includes('host.html')),
      `${how}: Back would return to the setting's page with the tool: ${history}`,
    );
    await page.goBack().catch(() => {});
    assert.ok(!page.url().includes('host.html') && !page.url().startsWith(server.url), `${how}: Back went to ${page.url()}`);
    // Forward, past the destination, to the entry Exit left: it leaves again at once.
    await page.goForward();
    await page.goForward().catch(() => {});
    await page.waitForURL(`${EXIT_URL}**`, { timeout: 15000 });
    await context.close();
  }
});

test('a link that leaves Signpost opens at the top, not inside the frame', async () => {
  const { context, page, frame } = await openHost();
  await page.route('https://www.nspcc.org.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>NSPCC</title>' }));
  await frame.getByRole('button', { name: 'Start now' }).click();
  for (const answer of ['no', 'someone-else', 'harm-by-family-or-other']) await choose(frame, answer);
  await frame.locator('a[href^="https://www.nspcc.org.uk"]').first().click();
  await page.waitForURL('https://www.nspcc.org.uk/**');
  await context.close();
});

/** Fills the set-up form with `details` (label: value). */
async function fillSetUp(page, details) {
  for (const [label, value] of Object.entries(details)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  await page.getByRole('button', { name: 'Show the code' }).click();
}

test('the set-up page checks the details, previews the contacts and gives code that works when pasted', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = recordRequests(page);
  await page.goto(server.url);
  await page.getByRole('link', { name: /Put Signpost on your setting's website/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Set up Signpost for your setting' }).waitFor();

  // Bad values: an error summary naming each, focused, and inline errors; no code.
  await fillSetUp(page, {
    "Your setting's name": 'Little Acorns Pre-School',
    'LADO phone number': 'call the council',
    'LADO email address': 'lado at council',
    "Your council area": 'H'.repeat(201),
  });
  const summary = page.locator('#error-summary');
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary', 'focus moves to the summary');
  const errors = await summary.locator('li').allInnerTexts();
  assert.deepEqual(errors, [
    'Your council area must be 200 characters or fewer',
    "Enter the LADO's phone number, like 01632 960 003",
    "Enter the LADO's email address, like lado@example.gov.uk",
  ]);
  assert.equal(await page.locator('.govuk-error-message').count(), 3);
  assert.equal(await page.locator('#code-frame').count(), 0, 'no code while a detail is wrong');
  await summary.getByRole('link', { name: /LADO's phone/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'field-lado-phone');

  // Good values: the preview shows them, and the code carries them.
  await fillSetUp(page, {
    "Your council area": 'Hampshire',
    "Your designated safeguarding lead's name": 'Sam Jones',
    'LADO phone number': '01962 876364',
    'LADO email address': 'lado@example.gov.uk',
  });
  await page.locator('#code-frame').waitFor();
  assert.equal(await page.locator('#error-summary').count(), 0);
  const preview = await page.locator('.signpost-preview').innerText();
  assert.match(preview, /Your designated safeguarding lead: Sam Jones/);
  assert.match(preview, /The LADO for Hampshire/);
  assert.match(preview, /01962 876364/);
  const frameCode = await page.locator('#code-frame').innerText();
  const link = await page.locator('#code-link').innerText();
  const attributes = await page.locator('#code-attributes').innerText();
  assert.match(frameCode, /^<iframe data-signpost src="http:\/\/127\.0\.0\.1:\d+\/#setting-name=Little%20Acorns%20Pre-School&amp;designated-lead=Sam%20Jones&amp;area-name=Hampshire&amp;lado-phone=01962%20876364&amp;lado-email=lado%40example\.gov\.uk"/);
  assert.match(frameCode, /<script>\n\(function \(\) \{\n[\s\S]*signpostExit[\s\S]*\n<\/script>$/, 'the host script, inline');
  assert.match(link, /\/#setting&setting-name=Little%20Acorns%20Pre-School&/);
  assert.match(attributes, /^data-setting-name="Little Acorns Pre-School"\ndata-designated-lead="Sam Jones"/);
  assert.ok(requests.every((url) => !url.includes('Acorns') && !url.includes('Sam')), 'nothing typed was sent');
  await context.close();

  // The code, pasted into a setting's page on another origin, shows those contacts, and the
  // setting's page fetches no script: nobody can change what runs on it (security review M3).
  pasted = frameCode;
  const host = await openHost('pasted.html');
  assert.deepEqual(host.requests.filter((url) => url.endsWith('.js') && !url.startsWith(signpost)), [], 'the page fetches no script of its own');
  assert.ok(host.requests.every((url) => !url.includes('signpost-embed')), 'nor the host script');
  // The details travel after the #, which no request carries (security review L4).
  assert.ok(host.requests.every((url) => !url.includes('Acorns') && !url.includes('876364')), host.requests.join('\n'));
  await host.frame.getByRole('button', { name: /work or volunteer with children/ }).click();
  for (const [, answer] of ALLEGATION) await choose(host.frame, answer);
  const main = await host.frame.locator('main').innerText();
  assert.match(main, /Your designated safeguarding lead: Sam Jones/);
  assert.match(main, /The LADO for Hampshire/);
  assert.ok(await host.frame.locator('a[href="mailto:lado@example.gov.uk"]').first().isVisible());
  await host.context.close();

  // The link opens the setting's questions with the contacts.
  const linked = await browser.newPage();
  await linked.goto(link);
  await linked.getByRole('heading', { level: 1, name: 'Is a child in danger right now?' }).waitFor();
  await linked.close();
});

/** Whether `url` is of the set-up page's own build (its start script, glue or wasm). */
const isSetUpBuild = (url) => /\/(start-set-up|signpost-set-up)[\w-]*\.(js|wasm)$/.test(new URL(url).pathname);
const SET_UP_LINK = /Put Signpost on your setting's website/;
const SETTING_NAME = "Your setting's name";

test('the set-up page is fetched only when opened, by its version, and forgets what was typed when left', async () => {
  const page = await browser.newPage();
  const requests = recordRequests(page);
  await page.goto(server.url);
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requests.filter(isSetUpBuild), [], 'the first screen fetched the set-up page');

  const name = page.getByLabel(SETTING_NAME, { exact: true });
  await page.getByRole('link', { name: SET_UP_LINK }).click();
  await name.waitFor();
  assert.equal(await focused(page), 'h1#page-heading', 'focus goes to the heading once the form is drawn');
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  assert.equal(await page.getByText('Loading the form').count(), 0, 'the loading line is gone');
  assert.equal(await page.title(), 'Set up Signpost for your setting - Worried about a child');
  // Each of the build's files asked for with the version the build wrote on the slot.
  const version = await page.locator('#signpost-set-up').getAttribute('data-version');
  assert.match(version, /^[0-9a-f]{16}$/);
  const fetched = requests.filter(isSetUpBuild);
  assert.deepEqual(fetched.map((url) => new URL(url).pathname).sort(), ['/signpost-set-up.js', '/signpost-set-up_bg.wasm', '/start-set-up.js']);
  assert.ok(fetched.every((url) => new URL(url).search === `?v=${version}`), `not asked for by version: ${fetched}`);

  // "Staying safe online" and back to the questions: what was typed is still there.
  await name.fill('Little Acorns Pre-School');
  await page.getByRole('link', { name: 'Staying safe online' }).click();
  await page.getByRole('link', { name: 'Back to the questions' }).click();
  assert.equal(await name.inputValue(), 'Little Acorns Pre-School');

  // Back to the start page: the set-up page is gone, and what was typed with it.
  await page.goBack();
  await page.goBack();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await waitForApp(page);
  assert.equal(await page.locator('#signpost-set-up input').count(), 0);
  assert.ok(!(await page.locator('#signpost-set-up').isVisible()));

  // Forward to it again: drawn afresh and focused, by the build already started.
  await page.goForward();
  await name.waitFor();
  assert.equal(await name.inputValue(), '', 'what was typed is forgotten');
  assert.equal(await focused(page), 'h1#page-heading');
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  assert.equal(await page.locator('script[src^="start-set-up.js"]').count(), 1, 'the build started once');

  // Opened by its address, as a first page: the form, with focus left where the browser put it.
  await page.goto('about:blank');
  await page.goto(`${server.url}#set-up`);
  await name.waitFor();
  assert.notEqual(await focused(page), 'h1#page-heading');
  await page.close();
});

test('the set-up page, left while it loads, stays away until opened again', async () => {
  const page = await browser.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route((url) => url.pathname.endsWith('/signpost-set-up_bg.wasm'), async (route) => { await held; await route.continue(); });
  await page.goto(server.url);
  await waitForApp(page);
  await page.getByRole('link', { name: SET_UP_LINK }).click();
  await page.getByText('Loading the form').waitFor();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await waitForApp(page);
  release();
  await page.waitForFunction(() => document.getElementById('signpost-set-up').childElementCount === 0);
  assert.ok(!(await page.locator('#signpost-set-up').isVisible()), 'the set-up page drew over the start page');
  await page.goForward();
  await page.getByLabel(SETTING_NAME, { exact: true }).waitFor();
  assert.equal(await focused(page), 'h1#page-heading');
  await page.close();
});

test('Exit this page on the set-up page forgets what was typed', async () => {
  const page = await browser.newPage();
  await routeExit(page);
  let leaving;
  await page.exposeFunction('reportLeaving', (seen) => { leaving = seen; });
  await page.addInitScript(() => {
    window.addEventListener('signpost-exit', () => {
      window.addEventListener('popstate', () => window.reportLeaving(
        document.getElementById('signpost-set-up').innerHTML,
      ), { once: true });
    });
  });
  await page.goto(`${server.url}#set-up`);
  const name = page.getByLabel(SETTING_NAME, { exact: true });
  await name.fill('Little Acorns Pre-School');
  await page.getByRole('button', { name: 'Emergency Exit this page' }).click();
  await page.waitForURL(EXIT_URL);
  assert.equal(leaving, '', 'the set-up page was still in the page as it left');
  await page.close();
});

test('if the set-up page cannot be fetched, it says to reload, and the tool still works', async () => {
  const page = await browser.newPage();
  await page.route((url) => isSetUpBuild(url.href), (route) => route.abort('internetdisconnected'));
  await page.goto(server.url);
  await waitForApp(page);
  await page.getByRole('link', { name: SET_UP_LINK }).click();
  const slot = page.locator('#signpost-set-up');
  await slot.getByText('If it does not appear, check your internet connection, then reload this page.').waitFor();
  assert.equal(await focused(page), 'h1#set-up-loading', 'focus goes to the page heading');
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await waitForApp(page);
  assert.ok(!(await slot.isVisible()), 'the loading line goes with the page');
  await page.close();
});

test("the setting's procedure prints on at most two A4 pages, with every number and nothing else", async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}#set-up`);
  await page.getByRole('heading', { level: 1, name: 'Set up Signpost for your setting' }).waitFor();
  const details = {
    "Your setting's name": 'Little Acorns Pre-School',
    "Your designated safeguarding lead's name": 'Sam Jones',
    "Your deputy designated safeguarding lead's name": 'Ali Khan',
    'Your council area': 'Hampshire',
    "Children's social care phone number": '0300 555 1384',
    'Emergency out-of-hours phone number': '0300 555 1373',
    'LADO phone number': '01962 876364',
    'LADO email address': 'lado@example.gov.uk',
    'Your Ofsted URN': 'EY123456',
  };
  await fillSetUp(page, details);
  const procedure = page.locator('.signpost-procedure');
  await procedure.waitFor();
  await procedure.locator('img').evaluate((img) => img.decode());
  assert.ok(await procedure.locator('img').evaluate((img) => img.naturalWidth > 0), 'the flowchart loads');

  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('body').innerText();
  assert.match(printed, /Little Acorns Pre-School: our safeguarding procedure/);
  for (const value of ['Sam Jones', 'Ali Khan', '0300 555 1384', '0300 555 1373', '01962 876364', 'lado@example.gov.uk', 'EY123456']) {
    assert.ok(printed.includes(value), `the printed procedure has ${value}`);
  }
  for (const left of ['Show the code', 'Exit this page', 'Print your safeguarding procedure', 'data-setting-name']) {
    assert.ok(!printed.includes(left), `"${left}" is not printed`);
  }
  assert.equal(await page.locator('.signpost-procedure a').evaluateAll((links) => links.filter((link) => getComputedStyle(link).textDecorationLine !== 'none').length), 0, 'links print as plain text');
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'procedure-printed.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await writeFile(join(SCREENSHOTS, 'procedure.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `the procedure prints on ${pages} A4 pages`);
  await page.close();
});

// Security review L8: with JavaScript off, Exit is a plain link, and it must leave the setting's
// whole page, not only the frame (which the destination would refuse to show).
test('without JavaScript, Exit this page in the frame leaves the whole page', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await routeExit(page);
  await page.goto(new URL('fixed.html', server.url.replace('127.0.0.1', 'localhost')).href);
  await page.frameLocator('iframe[data-signpost]').locator('#exit-this-page').click();
  await page.waitForURL(`${EXIT_URL}**`);
  await context.close();
});

// Security review L1 and L5: a page that opened Signpost in a new tab keeps no handle on it with
// which to send the tab, later, to a look-alike (Cross-Origin-Opener-Policy); HTTPS is kept.
test('a page that opened Signpost keeps no handle on it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('opener.html', server.url.replace('127.0.0.1', 'localhost')).href);
  const opened = context.waitForEvent('page');
  await page.evaluate((url) => { window.opened = window.open(url); }, server.url);
  await waitForApp(await opened);
  assert.equal(await page.evaluate(() => window.opened.closed), true, "the opener's handle is cut");
  // And the headers a static host is asked to send (dist/_headers) keep the browser on HTTPS.
  const headers = (await page.request.get(server.url)).headers();
  assert.equal(headers['cross-origin-opener-policy'], 'same-origin');
  assert.match(headers['strict-transport-security'] ?? '', /^max-age=\d{8,}/);
  await context.close();
});

// Security review L2: Exit through the page's own script goes only where that page says (its
// frame's data-exit), never where a message says, and tells the destination nothing of the page.
test("Exit by the page's script goes only where the page says, and sends no referrer", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const referrers = [];
  await page.route(`${EXIT_URL}**`, (route) => {
    referrers.push(route.request().headers().referer ?? null);
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>BBC Weather</title>' });
  });
  const elsewhere = [];
  await page.route('https://elsewhere.example/**', (route) => {
    elsewhere.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<title>Elsewhere</title>' });
  });
  await page.goto(new URL('own-exit.html', server.url.replace('127.0.0.1', 'localhost')).href);
  const frame = page.frameLocator('iframe[data-signpost]');
  await frame.getByRole('button', { name: 'Start now' }).waitFor();
  // As the frame would, and as a frame that was not Signpost's might try.
  await frame.locator('html').evaluate(() => {
    window.parent.postMessage({ signpostExit: 'https://elsewhere.example/' }, '*');
    window.parent.postMessage({ signpostExit: true }, '*');
  });
  await page.waitForURL(`${EXIT_URL}?from=setting`);
  assert.deepEqual(elsewhere, [], "a message's destination is never used");
  assert.deepEqual(referrers, [null], 'the destination is not told the page');
  await context.close();
});
