// Signpost in another site's frame, as a setting puts it on Wix, Squarespace or WordPress: the
// setting's page on one origin (localhost) frames Signpost from another (127.0.0.1) with the
// snippet the set-up page gives (docs/embedding.md), its contacts in the frame's address.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ALLEGATION, EXIT_URL, STARTS, allPaths, focused, launchChromium, navigationHistory, pageCount, pressShift,
  recordRequests, routeExit, serveDist, waitForApp, walk,
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

/** The code the set-up page gives for CONTACTS, made in `before`: `frame` (the frame and the host
 * script, inline) and `plain` (the frame alone, for a builder that takes scripts out). */
const CODE = { frame: '', plain: '' };

/** The set-up page's labels for the keys of CONTACTS. */
const LABELS = {
  'setting-name': "Your setting's name",
  'designated-lead': "Your designated safeguarding lead's name",
  'lado-phone': 'LADO phone number',
  'area-name': 'Your council area',
};

/** The code a setting pastes, as the set-up page gives it. */
function snippet({ hostScript = true } = {}) {
  return hostScript ? CODE.frame : CODE.plain;
}

/** A setting's page: a heading and a few lines above the code, and more below, as a real page has. */
const hostPage = (options) => () => `<!doctype html><html lang="en"><title>Little Acorns: safeguarding</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<body><h1>Safeguarding at Little Acorns</h1><p style="height: 200px">Our policy.</p>${snippet(options)}
<p style="height: 1500px">Thank you.</p></body></html>`;

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
${snippet()}<p>Thank you.</p></body></html>`;

/** A setting's page whose site builder put the code in a box of its own: a frame with `rules`. */
const boxedPage = (rules) => `<!doctype html><html lang="en"><title>Little Acorns: safeguarding</title>
<body><h1>Safeguarding at Little Acorns</h1>
<iframe id="box" ${rules} style="width: 100%; height: 900px; border: 0"
  srcdoc="${snippet().replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></iframe></body></html>`;

/** The set-up page's code, as a setting pastes it into its own page. */
let pasted = '';

before(async () => {
  server = await serveDist(
    {
      '/host.html': hostPage(),
      '/fixed.html': hostPage({ hostScript: false }),
      '/pasted.html': () => `<!doctype html><html lang="en"><title>Pasted</title><body>${pasted}</body></html>`,
      '/observed.html': observedPage,
      // As some site builders put pasted code: in a box of their own, sandboxed so that it
      // cannot move the whole page; and in a box that can (same address, no sandbox).
      '/boxed.html': () => boxedPage('sandbox="allow-scripts allow-same-origin allow-forms allow-popups"'),
      '/open-box.html': () => boxedPage(''),
      '/own-exit.html': () => hostPage()().replace('<iframe data-signpost', `<iframe data-signpost data-exit="${EXIT_URL}?from=setting"`),
      '/opener.html': () => '<!doctype html><html lang="en"><title>Opener</title><body></body></html>',
      // Code pasted before the host script was inline fetched it from Signpost's address.
      '/fetched-script.html': () => `<!doctype html><html lang="en"><title>Little Acorns: safeguarding</title>
<body>${snippet({ hostScript: false })}<script src="${signpost}/signpost-embed.js"></script></body></html>`,
    },
    { headersOnHostPages: false },
  );
  signpost = server.url.replace(/\/$/, '');
  browser = await launchChromium();
  const page = await browser.newPage();
  await page.goto(`${signpost}/#set-up`);
  for (const [key, value] of Object.entries(CONTACTS)) {
    await page.getByLabel(LABELS[key], { exact: true }).fill(value);
  }
  await page.getByRole('button', { name: 'Show the code' }).click();
  CODE.frame = await page.locator('#code-frame').innerText();
  CODE.plain = await page.locator('#code-plain').innerText();
  await page.close();
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
  const given = await page.evaluate(() => Math.min(900, innerHeight));
  assert.deepEqual([...heights], [given], 'the frame keeps the height the code gave it: the screen\'s, up to 900 pixels');
  assert.ok(await contentHeight(frame) > given, 'a long page scrolls inside the frame');
  assert.equal(await page.locator('[data-signpost-boxed]').count(), 0, 'no notice on a page that is not in a box');
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
  const given = await page.evaluate(() => Math.min(900, innerHeight));
  assert.equal(Math.round(await frameHeight(page)), given);
  assert.ok(await contentHeight(frame) > given, 'the outcome is taller than the frame, so the frame scrolls');
  await context.close();
});

/** The settings' path to the outcome whose page is the tallest on a phone, found by walking every
 * path of the settings' flow at 390 pixels wide. */
async function longestSettingPath() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  let longest = null;
  for (const path of allPaths().filter(({ flow }) => flow === 'setting')) {
    await page.goto('about:blank');
    await page.goto(server.url);
    await waitForApp(page);
    await walk(page, path.answers, 'setting');
    await page.locator('#next-steps-heading').waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (!longest || height > longest.height) longest = { path, height };
  }
  await context.close();
  return longest.path;
}

/** Where Exit this page is, seen from the setting's page: its box in that page's viewport, whether
 * nothing covers it, and how far the frame's own page is scrolled. */
async function whereExitIs(page, frame) {
  const box = await page.locator('iframe[data-signpost]').boundingBox();
  const height = page.viewportSize().height;
  const inFrame = await frame.locator('#exit-this-page').evaluate((exit) => {
    const rect = exit.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    const end = document.documentElement.scrollHeight - innerHeight;
    return { top: rect.top, bottom: rect.bottom, size: rect.height, uncovered: exit.contains(hit), scrolled: scrollY, end };
  });
  return {
    frameShows: Math.min(box.y + box.height, height) - Math.max(box.y, 0),
    top: box.y + inFrame.top,
    bottom: box.y + inFrame.bottom,
    frameTop: box.y,
    frameBottom: box.y + box.height,
    height,
    size: inFrame.size,
    uncovered: inFrame.uncovered,
    scrolled: inFrame.scrolled,
    end: inFrame.end,
  };
}

/** How far the setting's page and the frame's page are scrolled. */
async function scrolled(page, frame) {
  return `${await page.evaluate(() => scrollY)} ${await frame.locator('html').evaluate(() => scrollY)}`;
}

/** Turns the wheel over the screen and waits for the scroll it begins to end, in the page and in
 * the frame (a browser begins a little later and scrolls smoothly, over several frames), then
 * for two frames more, in which the frame moves its Exit button to where it now shows. Resolves
 * to whether anything moved. */
async function turnTheWheel(page, frame) {
  const { height } = page.viewportSize();
  // A locator's evaluate passes its element first. A frame scrolled off the screen draws no
  // frames, so it waits half a second at most.
  const frames = (_, count) => new Promise((resolve) => {
    const next = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
    next(count);
    setTimeout(resolve, 500);
  });
  const start = await scrolled(page, frame);
  // Most of a screen at a turn, as a flick of the finger or a few clicks of the wheel.
  await page.mouse.wheel(0, Math.round(height * 0.7));
  let before = start;
  for (let waits = 0; waits < 20; waits += 1) {
    await page.locator('html').evaluate(frames, 3);
    const now = await scrolled(page, frame);
    if (now === before && now !== start) break;
    before = now;
  }
  await frame.locator('html').evaluate(frames, 2);
  return before !== start;
}

// Issue 23: a person in danger never has to scroll to leave. The setting's page scrolled by the
// wheel over the frame, as a finger or a mouse does, from its top to its bottom, through the
// tallest outcome: at every stop where the frame is on the screen, Exit is wholly on the
// screen, inside the frame, with nothing over it. With the code and with the plain frame.
test('Exit this page is on the screen at every scroll position, on a phone and a desktop, with either code', async () => {
  const path = await longestSettingPath();
  for (const [width, height, mobile] of [[390, 844, true], [1280, 800, false]]) {
    for (const [hostPath, code] of [['host.html', 'the code'], ['fixed.html', 'the plain frame']]) {
      const where = `${width}x${height}, ${code}, ${path.outcome}`;
      const context = await browser.newContext({ viewport: { width, height }, isMobile: mobile, hasTouch: mobile });
      const page = await context.newPage();
      await page.goto(new URL(hostPath, server.url.replace('127.0.0.1', 'localhost')).href);
      const frame = page.frameLocator('iframe[data-signpost]');
      await STARTS.setting(frame).click();
      await frame.locator('#page-heading', { hasText: 'Is a child in danger right now?' }).waitFor();
      for (const [, answer] of path.answers) await choose(frame, answer);
      await frame.locator('#next-steps-heading').waitFor();
      // From the top of the setting's page (clicking in the frame scrolled it), the pointer on
      // the frame.
      await page.evaluate(() => scrollTo(0, 0));
      const box = await page.locator('iframe[data-signpost]').boundingBox();
      await page.mouse.move(width / 2, box.y + 100);
      const scrolledTo = [];
      let still = 0;
      for (let turns = 0; still < 2; turns += 1) {
        assert.ok(turns < 200, `${where}: the page never stopped scrolling`);
        const seen = await whereExitIs(page, frame);
        if (seen.frameShows >= seen.size) {
          scrolledTo.push(seen.scrolled / seen.end);
          const at = `${where}, the page at ${await page.evaluate(() => scrollY)}, the frame at ${seen.scrolled} of ${seen.end}`;
          assert.ok(seen.top >= -0.5 && seen.bottom <= seen.height + 0.5, `${at}: Exit is off the screen (${seen.top} to ${seen.bottom})`);
          assert.ok(seen.top >= seen.frameTop - 0.5 && seen.bottom <= seen.frameBottom + 0.5, `${at}: Exit is outside the frame: ${JSON.stringify(seen)}`);
          assert.ok(seen.uncovered, `${at}: something covers Exit`);
        }
        still = (await turnTheWheel(page, frame)) ? 0 : still + 1;
      }
      assert.ok(scrolledTo.includes(0), `${where}: the top of the outcome was checked`);
      assert.ok(scrolledTo.some((part) => part > 0.4 && part < 0.6), `${where}: the middle of the outcome was checked`);
      assert.ok(scrolledTo.includes(1), `${where}: the bottom of the outcome was checked`);
      assert.ok(await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 1), `${where}: the page was scrolled to its end`);
      await context.close();
    }
  }
});

// Issue 23: a site builder's box that may stop Exit this page leaving the whole page is found,
// and the page says so above Signpost, with a link that opens it in a tab of its own; a box that
// lets the whole page leave says nothing.
test("in a site builder's sandboxed box, the code says Exit may not leave the whole page, and links to Signpost", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('boxed.html', server.url.replace('127.0.0.1', 'localhost')).href);
  const box = page.frameLocator('#box');
  await box.frameLocator('iframe[data-signpost]').getByRole('button', { name: 'Start now' }).waitFor();
  const notice = box.locator('[data-signpost-boxed]');
  assert.match(await notice.innerText(), /^The Exit this page button may only close this box, not the whole website\. To leave quickly, close this tab\. Open Signpost in a new tab$/);
  const link = notice.getByRole('link', { name: 'Open Signpost in a new tab' });
  assert.equal(await link.getAttribute('href'), `${signpost}/`);
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.ok(await notice.isVisible());

  await page.goto(new URL('open-box.html', server.url.replace('127.0.0.1', 'localhost')).href);
  await page.frameLocator('#box').frameLocator('iframe[data-signpost]').getByRole('button', { name: 'Start now' }).waitFor();
  assert.equal(await page.frameLocator('#box').locator('[data-signpost-boxed]').count(), 0, 'a box that lets the page leave says nothing');
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

// Issue 23: set-up in minutes. Each block of code has a Copy button that says it copied; where
// the browser refuses, the code is selected and the page says how to copy it; the code follows
// the fields as they change once it is shown; and a link tries the setting's own Signpost.
test('Copy puts each block of code on the clipboard, the code follows the fields, and a link tries it', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: signpost });
  const page = await context.newPage();
  await page.goto(`${signpost}/#set-up`);
  await fillSetUp(page, { "Your setting's name": 'Little Acorns Pre-School', 'Your council area': 'Hampshire', 'LADO phone number': '01962 876364' });
  for (const id of ['code-frame', 'code-plain', 'code-link', 'code-attributes']) {
    const copy = page.locator(`#${id} + .signpost-copy`);
    await copy.getByRole('button', { name: 'Copy' }).click();
    await copy.getByRole('status').getByText('Copied. Now paste it into your website.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator(`#${id}`).innerText(), `${id} copied whole`);
  }

  // Changed, the code follows at once; changed to something wrong, it stays as it was and says so.
  await page.getByLabel('LADO phone number', { exact: true }).fill('0300 555 0000');
  await page.locator('#code-frame', { hasText: 'lado-phone=0300%20555%200000' }).waitFor();
  assert.match(await page.locator('#code-link').innerText(), /lado-phone=0300%20555%200000/);
  assert.equal(await page.getByText('This code does not include your last change').count(), 0);
  await page.getByLabel('LADO phone number', { exact: true }).fill('0300 555');
  await page.getByText('This code does not include your last change, because that change has a problem.').waitFor();
  assert.match(await page.locator('#code-frame').innerText(), /lado-phone=0300%20555%200000/);

  const tryIt = page.getByRole('link', { name: 'Try your Signpost (opens in a new tab)' });
  assert.equal(await tryIt.getAttribute('href'), await page.locator('#code-link').innerText());
  assert.equal(await tryIt.getAttribute('target'), '_blank');
  await context.close();

  // Refused by the browser: the code is selected, and the page says how to copy it.
  const refused = await browser.newContext();
  const other = await refused.newPage();
  await other.addInitScript(() => {
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
  });
  await other.goto(`${signpost}/#set-up`);
  await fillSetUp(other, { 'Your council area': 'Hampshire', 'LADO phone number': '01962 876364' });
  const copy = other.locator('#code-frame + .signpost-copy');
  await copy.getByRole('button', { name: 'Copy' }).click();
  await copy.getByRole('status').getByText('Your browser did not let Signpost copy the code, so it is selected for you.').waitFor();
  assert.equal(await other.evaluate(() => getSelection().toString()), await other.locator('#code-frame').innerText());
  await refused.close();
});

/** A date as the notice writes it: 6 December 2026. */
const written = (date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The text size of the flowchart's words, and the width of its drawing, from the file served. */
const FLOWCHART = readFileSync(new URL('../../assets/setting-flowchart.svg', import.meta.url), 'utf8');
const FLOWCHART_FONT = Number(FLOWCHART.match(/text \{ font: (\d+)px/)[1]);
const FLOWCHART_WIDTH = Number(FLOWCHART.match(/viewBox="0 0 (\d+) /)[1]);

// Issue 23: the wall notice. On one sheet of A4 with every detail, with none and with a long name;
// 999 and the setting's own numbers first and large, no number broken across lines; the short
// steps; the flowchart at 10 point or more with its text for a screen reader; the dates, the
// advice's version and the LADO's check; and a QR code that reads as the setting's own link.
test("the setting's wall notice prints on one sheet of A4 with everything on it, and its QR code reads", async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const full = {
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
  const long = { ...full, "Your setting's name": "St Mary's Church of England Primary School Nursery and Pre-School" };
  const none = Object.fromEntries(Object.keys(full).map((label) => [label, '']));
  await mkdir(SCREENSHOTS, { recursive: true });
  for (const [name, details] of [['every detail', full], ['no details', none], ['a long name', long]]) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto('about:blank');
    await page.goto(`${signpost}/#set-up`);
    await fillSetUp(page, details);
    const notice = page.locator('.signpost-procedure');
    await notice.waitFor();
    await notice.locator('img').evaluate((img) => img.decode());
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await writeFile(join(SCREENSHOTS, `notice, ${name}.pdf`), pdf);
    assert.equal(pageCount(pdf), 1, `with ${name}, the notice prints on ${pageCount(pdf)} sheets`);
  }

  // With every detail, as it prints.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('about:blank');
  await page.goto(`${signpost}/#set-up`);
  await fillSetUp(page, full);
  const notice = page.locator('.signpost-procedure');
  await notice.locator('img').evaluate((img) => img.decode());
  const link = await page.locator('#code-link').innerText();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 733, height: 1100 });
  await page.screenshot({ path: join(SCREENSHOTS, 'notice, printed.png'), fullPage: true });
  const printed = await page.locator('body').innerText();
  const today = new Date();
  const nextYear = new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate()));
  for (const words of [
    'Little Acorns Pre-School: our safeguarding procedure', 'Child in danger now? Call 999.',
    'Sam Jones', 'Ali Khan', '0300 555 1384', '0300 555 1373', '01962 876364', 'lado@example.gov.uk', 'EY123456',
    'If you are worried about a child', 'If someone who works or volunteers with children may have harmed a child',
    'Which advice applies: the questions Signpost asks',
    `Printed on ${written(today)}, with the advice reviewed on `, `Check it again by ${written(nextYear)}.`, 'Your URN: EY123456',
    'Check it against your safeguarding policy and local procedures', 'Checked by', `Or go to ${signpost}/`,
  ]) {
    assert.ok(printed.includes(words), `the notice has "${words}"`);
  }
  for (const left of ['Show the code', 'Exit this page', 'Print your safeguarding procedure', 'data-setting-name']) {
    assert.ok(!printed.includes(left), `"${left}" is not printed`);
  }
  const layout = await notice.evaluate((section) => {
    const top = (selector) => section.querySelector(selector).getBoundingClientRect().top;
    const points = (selector) => parseFloat(getComputedStyle(section.querySelector(selector)).fontSize) * 0.75;
    return {
      order: [top('.signpost-procedure__danger'), top('.signpost-procedure__contacts'), top('.signpost-procedure__steps'), top('.signpost-flowchart')],
      dangerPoints: points('.signpost-procedure__danger'),
      numbersPoints: points('.signpost-procedure__numbers'),
      stepsPoints: points('.signpost-procedure__steps li'),
      width: section.getBoundingClientRect().width / document.documentElement.clientWidth,
      broken: [...section.querySelectorAll('.signpost-nowrap')].filter((number) => number.getClientRects().length > 1).map((number) => number.textContent),
      links: [...section.querySelectorAll('a')].filter((a) => getComputedStyle(a).textDecorationLine !== 'none').length,
      chartWidth: section.querySelector('.signpost-flowchart img').getBoundingClientRect().width,
      chartText: [...section.querySelectorAll('.signpost-flowchart ol > li')].map((li) => li.textContent),
    };
  });
  assert.deepEqual([...layout.order].sort((a, b) => a - b), layout.order, '999 and the contacts, then the steps, then the flowchart');
  assert.ok(layout.dangerPoints >= 20, `999 is large (${layout.dangerPoints} pt)`);
  // 10 point is 13.33 pixels: a hundredth of a point is rounding. The steps are half a point
  // smaller, to leave the flowchart room at 10 point.
  assert.ok(layout.numbersPoints >= 9.99, `the numbers are ${layout.numbersPoints} pt`);
  assert.ok(layout.stepsPoints >= 9.49, `the steps are ${layout.stepsPoints} pt`);
  assert.ok(layout.width > 0.95, `the notice takes the page's width (${layout.width})`);
  assert.deepEqual(layout.broken, [], 'no number is broken across lines');
  assert.equal(layout.links, 0, 'links print as plain text');
  const chartPoints = (FLOWCHART_FONT * layout.chartWidth / FLOWCHART_WIDTH) * 0.75;
  assert.ok(chartPoints >= 9.99, `the flowchart's words print at ${chartPoints.toFixed(2)} pt`);
  assert.equal(layout.chartText.length, (FLOWCHART.match(/class="question"/g) ?? []).length, 'each question of the drawing is in its text');
  assert.ok(layout.chartText[0].startsWith('Is a child in danger right now?'), layout.chartText[0]);

  // The QR code, read as a phone would from its drawing: the setting's own link.
  await page.addScriptTag({ path: fileURLToPath(new URL('../../node_modules/jsqr/dist/jsQR.js', import.meta.url)) });
  const read = await notice.locator('.signpost-qr').evaluate(async (qr) => {
    const image = new Image();
    image.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(qr))}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: 400, height: 400 });
    const drawing = canvas.getContext('2d');
    drawing.drawImage(image, 0, 0, 400, 400);
    return window.jsQR(drawing.getImageData(0, 0, 400, 400).data, 400, 400)?.data ?? null;
  });
  assert.equal(read, link, 'the QR code reads as the link to the setting\'s Signpost');

  // In a forced-colours (high contrast) mode, as it shows on screen: saved, to be looked at.
  await page.emulateMedia({ media: 'screen', forcedColors: 'active', colorScheme: 'dark' });
  await notice.screenshot({ path: join(SCREENSHOTS, 'notice, forced colours.png') });
  await context.close();
});

// The host script is still served for code pasted before it was inline: that copy, which has no
// words for a builder's box, still runs and still takes the page to the destination.
test('the host script as served, for code pasted before, still takes the whole page away', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await routeExit(page);
  await page.goto(new URL('fetched-script.html', server.url.replace('127.0.0.1', 'localhost')).href);
  const frame = page.frameLocator('iframe[data-signpost]');
  await frame.getByRole('button', { name: 'Start now' }).waitFor();
  await frame.locator('html').evaluate(() => window.parent.postMessage({ signpostExit: true }, '*'));
  await page.waitForURL(`${EXIT_URL}**`);
  assert.deepEqual(errors, [], 'the script ran without an error');
  await context.close();
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
