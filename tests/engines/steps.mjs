// What a person does, written once for every engine on top of the drivers' small interface
// (drivers/webkit.mjs's header lists it): each test file calls `eachEngine`, which runs its
// tests in Chromium, Firefox and WebKit in turn, each against the same sites (sites.mjs).
import { after, before, describe } from 'node:test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromium from './drivers/chromium.mjs';
import * as firefox from './drivers/firefox.mjs';
import * as webkit from './drivers/webkit.mjs';
import { EXIT_URL, startSites } from './sites.mjs';

export { EXIT_URL };
export { ALLEGATION, allPaths } from '../browser/harness.mjs';

const DRIVERS = { chromium, firefox, webkit };

/** The engines to run: SIGNPOST_ENGINES (a comma-separated list) or all three. */
export const ENGINES = (process.env.SIGNPOST_ENGINES || 'chromium,firefox,webkit').split(',').map((name) => {
  if (!DRIVERS[name.trim()]) throw new Error(`SIGNPOST_ENGINES names "${name}": the engines are ${Object.keys(DRIVERS)}`);
  return DRIVERS[name.trim()];
});

/** Runs `body({ browser, sites, engine })` as a describe block per engine; the browser and the
 * sites are started before its tests and closed after them. `browser.page()` opens a fresh tab
 * in a fresh profile. */
export function eachEngine(body) {
  for (const engine of ENGINES) {
    describe(engine.name, () => {
      const context = { engine, can: engine.can, sites: null, browser: null };
      before(async () => {
        context.sites = await startSites();
        context.browser = await engine.launch({ proxy: context.sites.proxy });
      });
      after(async () => {
        await context.browser?.close();
        await context.sites?.close();
      });
      body(context);
    });
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `fn(...args)`, evaluated in `page` (or a frame), is truthy, and resolves to it.
 * A page being replaced between two tries is tried again. */
export async function waitFor(page, fn, args = [], { timeout = 10000, because = String(fn) } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await page.evaluate(fn, ...args);
      if (value) return value;
      last = value;
    } catch (error) {
      last = error.message;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${because} (last: ${JSON.stringify(last)})`);
    await sleep(50);
  }
}

/** The page's h1 text, or null. */
export const heading = (page) => page.evaluate(() => document.getElementById('page-heading')?.textContent ?? null);

/** Waits until the app has drawn its start page. */
export const waitForApp = (page) => waitFor(page, () => !!document.querySelector('.govuk-button--start'), [], { because: 'the start page' });

/** Clicks `selector` and waits until the page's heading is a new one. */
export async function clickToNextPage(page, selector) {
  const before = await heading(page);
  await page.click(selector);
  await waitFor(page, (old) => {
    const now = document.getElementById('page-heading')?.textContent;
    return now && now !== old;
  }, [before], { because: `a new heading after clicking ${selector} on "${before}"` });
}

/** Clicks the button or link whose text matches `pattern`, once it is on show: parts of a page
 * (its "Why", its next steps and the Start again button below them) are drawn a frame after
 * its heading, and a person waits for them too. */
async function clickByText(page, tag, pattern) {
  const index = (await waitFor(page, (tag, source) => {
    const re = new RegExp(source);
    // Only what is on show: the app may keep pages drawn out of sight. One more than the
    // index, so that the first element is truthy.
    return 1 + [...document.querySelectorAll(tag)].findIndex((element) => re.test(element.textContent) && element.getClientRects().length > 0);
  }, [tag, pattern.source], { because: `a ${tag} that reads ${pattern}` })) - 1;
  const before = await heading(page);
  // Marks the one element to click (the app may keep an element between pages, mark and all).
  await page.evaluate((tag, index) => {
    for (const marked of document.querySelectorAll('[data-engines-target]')) delete marked.dataset.enginesTarget;
    document.querySelectorAll(tag)[index].dataset.enginesTarget = 'yes';
  }, tag, index);
  await page.click(`${tag}[data-engines-target="yes"]`);
  await waitFor(page, (old) => {
    const now = document.getElementById('page-heading')?.textContent;
    return now && now !== old;
  }, [before], { because: `a new heading after clicking "${pattern}"` });
}

/** The words a person clicks to begin each flow on the start page (as tests/browser's STARTS). */
const START_WORDS = {
  public: ['button', /^\s*Start now/],
  setting: ['button', /work or volunteer with children/],
  professional: ['button', /receive information about children/],
  'which-lado': ['a', /Which council's LADO is responsible/],
  'dbs-referral': ['a', /Disclosure and Barring Service/],
};

/** From the start page, begins `flow` as a person would. */
export const startFlow = (page, flow) => clickByText(page, ...START_WORDS[flow]);

/** Chooses `answer` by its radio, where a person taps it, then Continue. */
export async function answer(page, value) {
  await page.click(`#answer-${value}`);
  await clickToNextPage(page, 'form button.govuk-button');
}

/** From the start page, begins `flow` and answers each question. */
export async function walk(page, answers, flow = 'public') {
  await startFlow(page, flow);
  for (const [, value] of answers) await answer(page, value);
}

/** Clicks the link or button whose text is exactly `text`. */
export async function clickText(page, text, tag = 'a, button') {
  return clickByText(page, tag, new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`));
}

/** The heading each outcome page and question has, from its snapshot (tests/snapshots/pages/),
 * which `cargo test` keeps equal to what the app shows. */
export function snapshotHeading(id) {
  const file = fileURLToPath(new URL(`../snapshots/pages/${id}.txt`, import.meta.url));
  return readFileSync(file, 'utf8').split('\n').find((line) => line.startsWith('# ')).slice(2);
}

/** What the tab shows: its address, its title, and whether a page of the tool is on show (the
 * tool's document, not hidden by Exit this page). */
export async function shown(page, sites) {
  try {
    return await page.evaluate((tool, host) => ({
      url: location.href,
      title: document.title,
      tool: (location.href.startsWith(tool) || location.href.startsWith(host + '#') || location.href === host)
        && !!document.getElementById('signpost')
        && !document.body.classList.contains('govuk-exit-this-page-hide-content'),
      heading: document.getElementById('page-heading')?.textContent ?? null,
    }), sites.tool, sites.host);
  } catch (error) {
    return { url: 'changing', title: '', tool: false, heading: null, error: error.message };
  }
}

/** Watches the tab for `ms` after a Back or Forward: resolves to every state seen, the last one
 * when it has settled (the same address for 600 ms). */
export async function settle(page, sites, ms = 4000) {
  const seen = [];
  const deadline = Date.now() + ms;
  let stableSince = Date.now();
  for (;;) {
    const now = await shown(page, sites);
    const last = seen.at(-1);
    if (!last || last.url !== now.url || last.tool !== now.tool) {
      seen.push(now);
      stableSince = Date.now();
    }
    if ((Date.now() - stableSince > 600 && now.url !== 'changing') || Date.now() > deadline) return seen;
    await sleep(50);
  }
}

/** Presses Exit this page: the button, or Shift three times. */
export async function exit(page, how) {
  if (how === 'button') {
    await page.click('#exit-this-page');
  } else {
    for (let i = 0; i < 3; i += 1) await page.press('Shift');
  }
}

/** Waits until the tab shows the destination. */
export function waitForDestination(page, because) {
  return waitFor(page, (url) => location.href.startsWith(url) && document.title === 'BBC Weather', [EXIT_URL], { timeout: 15000, because });
}
