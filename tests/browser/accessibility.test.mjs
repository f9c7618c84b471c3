// Accessible to WCAG 2.2 AA, tested in a real browser against the release build: axe-core on
// every distinct page the app can show, then the checks axe cannot make (focus and titles, the
// keyboard alone, the safety controls staying put, reflow at 320px, text at 200%, reduced
// motion, a forced-colours mode), and screenshots for a person to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  allPaths, clickToNextPage, launchChromium, serveDist, startFlow, waitForApp,
} from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const SERVICE = ' - Worried about a child';
const ERROR_PREFIX = 'Error: ';
/** The title of index.html, before the app sets its own. */
const STATIC_TITLE = 'Worried about a child - who to tell';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** The longest journey: five questions, one with seven answers, to "Contact Ofsted". */
const TO_OFSTED = [
  ['immediate-danger', 'no'],
  ['who-are-you', 'someone-else'],
  ['what-is-the-worry', 'quality-of-service'],
  ['which-service', 'regulated-care'],
  ['raised-with-provider', 'unable-to-raise'],
];

// axe-core itself (the engine @axe-core/playwright wraps), injected once per document: the app
// changes pages without reloading, and AxeBuilder re-injects axe and opens a blank page for every
// analysis, which makes a crawl of some seventy pages several times slower for the same rules.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every rule of the WCAG 2.2 AA tags and best practice, on the page as it is now:
 * { passes, violations: ["rule (help): where", ...] }. */
async function runAxe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      // Details of violations only; passes are still counted.
      resultTypes: ['violations'],
    });
    return {
      passes: results.passes.length,
      violations: results.violations.map(
        (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    };
  }, AXE_TAGS);
}

/** How far the page is wider than `width`, and the innermost elements that stick out; null when
 * nothing needs scrolling sideways. */
function sidewaysScroll(page, width) {
  return page.evaluate((width) => {
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    const sticksOut = (e) => e.getBoundingClientRect().right + window.scrollX > width + 0.5;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((e) => sticksOut(e) && ![...e.children].some(sticksOut))
      .slice(0, 3)
      .map((e) => `<${e.tagName.toLowerCase()} class="${e.className}"> "${e.textContent.trim().slice(0, 40)}"`);
    return { scrollWidth, culprits };
  }, width);
}

/** The focused element as "tag#id" (as harness.mjs's focused()), the title, the heading, and
 * where the 999 line is in the window (null if the page has none) and below which edge the
 * sticky Exit this page button stops covering the page. */
function whereAmI(page) {
  return page.evaluate(() => {
    const danger = document.querySelector('.signpost-danger')?.getBoundingClientRect();
    return {
      focus: `${document.activeElement.tagName.toLowerCase()}#${document.activeElement.id}`,
      title: document.title,
      heading: document.getElementById('page-heading')?.textContent ?? null,
      danger: danger ? { top: Math.round(danger.top), bottom: Math.round(danger.bottom) } : null,
      exitBottom: Math.round(document.querySelector('.govuk-exit-this-page').getBoundingClientRect().bottom),
      windowHeight: window.innerHeight,
    };
  });
}

/** Waits for the title to move on from `previous` (the app sets the title, then moves focus,
 * once a page has rendered); gives up after a second, so a page that never changes its title
 * is reported rather than waited on. */
async function settled(page, previous) {
  await page
    .waitForFunction((old) => document.title !== old, previous, { timeout: 1000 })
    .catch(() => {});
  return whereAmI(page);
}

/** Presses Continue with nothing chosen and waits for the error summary. */
async function continueWithNothing(page) {
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.govuk-error-summary').waitFor();
}

/** From a question, answers each of `answers` with a click on its radio and Continue (as
 * harness.mjs's walk(), without starting a flow). */
async function walkOn(page, answers) {
  for (const [, answer] of answers) {
    await page.locator(`#answer-${answer}`).check();
    await clickToNextPage(page, page.getByRole('button', { name: 'Continue' }));
  }
}

/** Loads `url` as a new document (never a same-document fragment change). */
async function openAfresh(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
}

/** What a browser without JavaScript shows, as markup: loaded in a context with JavaScript off,
 * whose scripts (which did not run) are then left out. axe cannot run in that context itself:
 * with JavaScript off, the page's timers never fire, and axe waits on them. */
async function staticFallbackMarkup() {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  assert.match(await page.locator('#signpost h1').innerText(), /worried about a child/);
  const markup = await page.content();
  await context.close();
  return markup.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
}

/** The crawl, made once and shared by the tests that read it:
 * pages: Map(name -> { passes, violations, overflow }), steps: [{ name, kind, seen, expected }]. */
let crawlMade;
function crawl() {
  crawlMade ??= crawlEveryPage();
  return crawlMade;
}

/** Visits every distinct page the app can show, at a phone's 320px width, once each: the start
 * page, each question and its error state, each outcome, an outcome opened by a link, the
 * glossary, the set-up page (as it opens, with errors, with its code), "Staying safe online" and
 * the static fallback. Walks the paths of paths.txt with
 * Start again between them, skipping a path that would show nothing new. Records, on each page,
 * axe's findings and any sideways scrolling, and on each step, where focus went and the title. */
async function crawlEveryPage() {
  const width = 320;
  const context = await browser.newContext({ viewport: { width, height: 640 } });
  const page = await context.newPage();
  const pages = new Map();
  const steps = [];
  const check = async (name) => {
    pages.set(name, { ...(await runAxe(page)), overflow: await sidewaysScroll(page, width), taps: await tapProblems(page) });
  };
  let title = '';
  /** After an action: where focus went and the title the page shows. `kind` is "page" (a new
   * page), "error" (the same question with its error) or "load" (the first page of a load, where
   * focus rightly stays where the browser put it). */
  const step = async (name, kind = 'page') => {
    const seen = await settled(page, title);
    steps.push({
      name: `${name}, to "${seen.heading}"`,
      kind,
      previousTitle: title,
      seen,
      expected: {
        focus: { load: seen.focus, page: 'h1#page-heading', error: 'div#error-summary' }[kind],
        title: `${kind === 'error' ? ERROR_PREFIX : ''}${seen.heading}${SERVICE}`,
      },
    });
    title = seen.title;
  };
  /** Loads `url` afresh; index.html's own title is what the app must replace. */
  const load = async (url, name) => {
    await openAfresh(page, url);
    await page.locator('#page-heading').waitFor();
    title = STATIC_TITLE;
    await step(name, 'load');
  };

  await load(server.url, 'loading the page');
  await check('the start page');

  for (const path of allPaths()) {
    const names = [...path.answers.map(([question]) => `question ${question}`), `outcome ${path.outcome}`];
    if (names.every((name) => pages.has(name))) continue;
    await startFlow(page, path.flow);
    await step(`starting the ${path.flow} flow`);
    for (const [question, answer] of path.answers) {
      const name = `question ${question}`;
      if (!pages.has(name)) {
        await check(name);
        await continueWithNothing(page);
        await step(`Continue with nothing chosen on ${question}`, 'error');
        await check(`${name}, in its error state`);
      }
      await page.locator(`#answer-${answer}`).check();
      await clickToNextPage(page, page.getByRole('button', { name: 'Continue' }));
      await step(`after answering ${question}=${answer}`);
    }
    if (!pages.has(`outcome ${path.outcome}`)) {
      // "Your next steps" is built just after the page is painted.
      await page.locator('#next-steps-heading').waitFor();
      await check(`outcome ${path.outcome}`);
    }
    await clickToNextPage(page, page.getByRole('button', { name: 'Start again' }));
    await step(`Start again from ${path.outcome}`);
  }

  await load(`${server.url}#contact-ofsted`, 'a link to #contact-ofsted');
  await page.getByRole('heading', { level: 1, name: 'Contact Ofsted' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'What to note down' }).waitFor();
  await page.locator('#next-steps-heading').waitFor();
  await check('outcome contact-ofsted, opened by a link');

  // The same page when its advice (fetched after the first page) cannot be had.
  await page.route((url) => url.pathname.endsWith('/advice.txt'), (route) => route.abort('internetdisconnected'));
  await load(`${server.url}#contact-ofsted`, 'a link to #contact-ofsted, the advice not to be had');
  await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).waitFor();
  await page.locator('#next-steps-heading').waitFor();
  await check('outcome contact-ofsted, without its advice');
  await page.unrouteAll();

  // Find the council, in its error state and with an answer (the first part of a sample
  // postcode, which may name more than one council).
  await load(`${server.url}#children-social-care`, 'a link to #children-social-care');
  const postcode = page.getByLabel('Postcode', { exact: true });
  await postcode.waitFor();
  await page.waitForLoadState('networkidle');
  await postcode.fill('not a postcode');
  await page.getByRole('button', { name: 'Find the council' }).click();
  await page.locator('#find-council-error-summary').waitFor();
  await check('Find the council, in its error state');
  const sample = readFileSync('tests/data/postcode-sample.txt', 'utf8').split('\n').find((line) => /^[A-Z]/.test(line));
  await postcode.fill(sample.split(' ')[0].slice(0, -3));
  await page.getByRole('button', { name: 'Find the council' }).click();
  await page.locator('#find-council-answer').waitFor();
  await check('Find the council, with its answer');

  await load(server.url, 'loading the page again');
  await clickToNextPage(page, page.getByRole('link', { name: 'What the outcomes of an allegation investigation mean' }));
  await step('the glossary link on the start page');
  await check('the glossary');

  await load(server.url, 'loading the page for the set-up page');
  await clickToNextPage(page, page.getByRole('link', { name: /Put Signpost on your setting's website/ }));
  // The set-up page is a build of its own, fetched now: its form comes a moment later.
  await page.getByRole('button', { name: 'Show the code' }).waitFor();
  await step('the set-up link on the start page');
  await check('the set-up page');
  await page.getByLabel('LADO phone number', { exact: true }).fill('call the council');
  await page.getByRole('button', { name: 'Show the code' }).click();
  await page.locator('#error-summary').waitFor();
  await check('the set-up page, in its error state');
  await page.getByLabel('LADO phone number', { exact: true }).fill('01962 876364');
  await page.getByLabel('Your council area', { exact: true }).fill('Hampshire');
  await page.getByRole('button', { name: 'Show the code' }).click();
  await page.locator('#code-frame').waitFor();
  await check('the set-up page, with its preview and code');

  await page.getByRole('link', { name: 'Staying safe online' }).click();
  await page.locator('#staying-safe').waitFor({ state: 'visible' });
  await check('Staying safe online');

  // The same markup a browser without JavaScript shows, served at the same address.
  const markup = await staticFallbackMarkup();
  await page.route(server.url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: markup }));
  await openAfresh(page, server.url);
  await page.getByRole('heading', { level: 1, name: "Find out who to tell if you're worried about a child" }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Start now' }).count(), 0, 'the app ran');
  await check('the static fallback, without JavaScript');
  await page.unrouteAll();

  await context.close();
  return { pages, steps };
}

/** Fails with every problem listed, one a line, under `headline`. */
function assertNone(problems, headline) {
  assert.ok(problems.length === 0, `${headline}:\n  ${problems.join('\n  ')}`);
}

test('axe finds no WCAG 2.2 AA or best-practice violation on any page the app can show', async () => {
  const { pages } = await crawl();
  const problems = [];
  for (const [name, { passes, violations }] of pages) {
    if (passes === 0) problems.push(`${name}: axe checked nothing`);
    for (const violation of violations) problems.push(`${name}: ${violation}`);
  }
  console.log(`accessibility crawl: ${pages.size} pages`);
  assertNone(problems, 'pages a screen reader or keyboard user would struggle with');

  // Every question twice (as asked, and in its error state), every outcome, and the start page,
  // an outcome opened by a link, with and without its advice, the glossary, the set-up page in
  // its three states, Find the council in two, Staying safe online and the static fallback.
  const paths = allPaths();
  const questions = new Set(paths.flatMap((path) => path.answers.map(([question]) => question)));
  const outcomes = new Set(paths.map((path) => path.outcome));
  const expected = questions.size * 2 + outcomes.size + 11;
  assert.ok(pages.size >= expected, `the crawl saw only ${pages.size} pages of ${expected}`);
});

test('focus moves to the new heading on each step, and to the error summary on an error; the title says where you are', async () => {
  const { steps } = await crawl();
  assert.ok(steps.length > 50, `only ${steps.length} steps were checked`);
  const problems = [];
  for (const { name, previousTitle, seen, expected } of steps) {
    if (seen.focus !== expected.focus) {
      problems.push(`${name}: focus is on ${seen.focus}, not ${expected.focus}, so a screen reader does not announce the new page`);
    }
    if (seen.title !== expected.title) problems.push(`${name}: the title is "${seen.title}", not "${expected.title}"`);
    if (seen.title === previousTitle) problems.push(`${name}: the title did not change ("${seen.title}")`);
  }
  assertNone(problems, 'steps a screen reader user would not hear about');
});

test('each new page opens with the 999 line in view, clear of the sticky Exit this page button', async () => {
  const { steps } = await crawl();
  const problems = steps
    .filter(({ kind }) => kind === 'page')
    .filter(({ seen: { danger, exitBottom, windowHeight } }) => !danger || danger.top < exitBottom || danger.bottom > windowHeight)
    .map(({ name, seen: { danger, exitBottom } }) => `${name}: the 999 line is at ${danger?.top}px to ${danger?.bottom}px of the window, Exit this page covers it down to ${exitBottom}px`);
  assertNone(problems, 'pages a person in danger opens without seeing "call 999"');
});

test('at 320px wide nothing scrolls sideways, on any page of the crawl', async () => {
  const { pages } = await crawl();
  const problems = [...pages]
    .filter(([, { overflow }]) => overflow)
    .map(([name, { overflow }]) => `${name}: ${overflow.scrollWidth}px wide, because of ${overflow.culprits.join('; ')}`);
  assertNone(problems, 'pages a person on a small phone (or zoomed to 400%) must scroll sideways to read');
});

// Issue 23: a phone number a person reads is a link the phone can call, inside the steps too,
// and every link or button a finger taps is at least 24 by 24 CSS pixels (WCAG 2.2, 2.5.8).
// Links inside a sentence are the criterion's exception, except a phone number's, which is
// tapped in a hurry. On every page of the crawl, at 320 pixels.
test('every phone number is a link, and every target a finger taps is 24 by 24 pixels, on any page of the crawl', async () => {
  const { pages } = await crawl();
  const problems = [...pages].flatMap(([name, { taps }]) => taps.map((problem) => `${name}: ${problem}`));
  assertNone(problems, 'numbers a phone cannot call, or targets too small to tap');
});

/** On the page shown: each phone number in its words that is not a link, and each tap target
 * smaller than 24 by 24 pixels: buttons, phone links, a contact's links, and links that stand
 * alone (not inside a sentence). The set-up page's code, fields and error examples are not
 * numbers to call. */
function tapProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const number = /(^|[^\w])(999|101|111|0\d{2,4}(?: \d{3,})+)(?![\w])/g;
    const main = document.querySelector('main');
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const element = text.parentElement;
      // A heading names the page ("Call 999 now"); the page's steps and contacts give the link.
      if (element.closest('a, h1, h2, h3, pre, .govuk-error-message, .govuk-error-summary, .govuk-visually-hidden, [hidden]')) continue;
      if (!element.checkVisibility()) continue;
      for (const match of text.textContent.matchAll(number)) {
        problems.push(`"${match[2]}" is not a link, in "${text.textContent.trim().slice(0, 60)}"`);
      }
    }
    const inASentence = (link) => {
      const block = link.closest('p, li, dd, td');
      return block && block.textContent.trim() !== link.textContent.trim() && !link.matches('[href^="tel:"]') && !link.closest('.signpost-contact');
    };
    for (const target of document.querySelectorAll('button, a[href], input[type="radio"] + label')) {
      if (!target.checkVisibility() || target.closest('.govuk-visually-hidden')) continue;
      if (target.matches('a') && inASentence(target)) continue;
      const box = target.getBoundingClientRect();
      // GOV.UK's Back link takes taps above and below its words, with a ::after drawn over them.
      const after = getComputedStyle(target, '::after');
      const beyond = (side) => Math.max(0, -(parseFloat(after[side]) || 0));
      const reach = after.content !== 'none' && after.position === 'absolute' ? beyond('top') + beyond('bottom') : 0;
      if (box.width < 24 || box.height + reach < 24) {
        problems.push(`"${target.textContent.trim().slice(0, 40)}" is ${Math.round(box.width)} by ${Math.round(box.height)} pixels`);
      }
    }
    return problems;
  });
}

/** Tabs forward until `wanted` (run in the page) holds, at most `limit` times, checking that each
 * element Tab stops on is not hidden behind anything, such as the sticky Exit this page button
 * (WCAG 2.4.11). */
async function tabTo(page, what, wanted, limit = 12) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    await assertFocusNotObscured(page);
    if (await page.evaluate(wanted)) return;
  }
  assert.fail(`${limit} presses of Tab did not reach ${what}; focus is on ${(await whereAmI(page)).focus}`);
}

/** The focused element can be seen: what is at its centre (within the viewport) is the element
 * itself or inside it, not something drawn over it. */
async function assertFocusNotObscured(page) {
  const covered = await page.evaluate(() => {
    const element = document.activeElement;
    if (element === document.body) return null;
    const box = element.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    if (top && (element.contains(top) || top.contains(element))) return null;
    return `${element.tagName.toLowerCase()}#${element.id} "${element.textContent.trim().slice(0, 30)}" is under ${top?.tagName.toLowerCase()}.${top?.className}`;
  });
  assert.equal(covered, null, 'the focused element is hidden behind something');
}

test('a whole journey can be completed with the keyboard alone, from loading the page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Any mouse or touch use at all, for the assertion at the end.
  await page.addInitScript(() => {
    window.pointerUse = [];
    for (const type of ['pointerdown', 'mousedown', 'mousemove', 'touchstart']) {
      window.addEventListener(type, () => window.pointerUse.push(type), true);
    }
  });
  await page.goto(server.url);
  await waitForApp(page);

  await tabTo(page, 'Start now', () => document.activeElement.textContent.trim() === 'Start now');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Is a child in danger right now?' }).waitFor();

  for (const [index, [question, answer]] of TO_OFSTED.entries()) {
    assert.equal((await whereAmI(page)).focus, 'h1#page-heading', `on ${question}, focus starts on the question`);
    const radios = await page.locator('input[type=radio]').evaluateAll((inputs) => inputs.map((i) => i.id));
    const position = radios.indexOf(`answer-${answer}`);
    assert.ok(position >= 0, `${question} offers no "${answer}"`);

    // Tab into the radios (the first, as none is chosen); arrows move and choose; Space chooses
    // the first.
    await page.keyboard.press('Tab');
    await assertFocusNotObscured(page);
    assert.equal((await whereAmI(page)).focus, `input#${radios[0]}`, `Tab on ${question} does not reach the radios`);
    if (position === 0) await page.keyboard.press('Space');
    for (let i = 0; i < position; i += 1) await page.keyboard.press('ArrowDown');
    assert.equal((await whereAmI(page)).focus, `input#answer-${answer}`);
    assert.ok(await page.locator(`#answer-${answer}`).isChecked(), `the arrow keys did not choose "${answer}"`);

    // Continue: Enter from the radio, or Tab to Continue and Enter, turn about.
    const heading = (await whereAmI(page)).heading;
    if (index % 2 === 1) {
      await page.keyboard.press('Tab');
      await assertFocusNotObscured(page);
      assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Continue', 'Tab from the radios does not reach Continue');
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction((old) => document.getElementById('page-heading')?.textContent !== old, heading);
  }

  await page.getByRole('heading', { level: 1, name: 'Contact Ofsted' }).waitFor();
  assert.equal((await whereAmI(page)).focus, 'h1#page-heading', 'focus is on the outcome heading');
  // And from the outcome, the next Tab stops are reachable too (the contacts' links).
  await tabTo(page, "Ofsted's phone number", () => document.activeElement.getAttribute('href') === 'tel:03001231231', 40);
  assert.deepEqual(await page.evaluate(() => window.pointerUse), [], 'the mouse was used');
  await context.close();
});

/** Where the 999 line and Exit this page are on the document, measured at the top. */
function safetyControlPositions(page) {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const place = (selector) => {
      const box = document.querySelector(selector).getBoundingClientRect();
      return [box.left + window.scrollX, box.top + window.scrollY, box.width, box.height].map(Math.round).join(',');
    };
    return { danger: place('.signpost-danger'), exit: place('#exit-this-page') };
  });
}

test('the 999 line and Exit this page are in the same place on every page', async () => {
  for (const width of [1280, 320]) {
    const context = await browser.newContext({ viewport: { width, height: 720 } });
    const page = await context.newPage();
    const seen = [];
    const measure = async (name) => seen.push({ name, ...(await safetyControlPositions(page)) });
    await page.goto(server.url);
    await waitForApp(page);
    await measure('the start page');
    await clickToNextPage(page, page.getByRole('button', { name: 'Start now' }));
    await measure('a question');
    await continueWithNothing(page);
    await measure('a question in its error state');
    await page.locator('#answer-yes').check();
    await clickToNextPage(page, page.getByRole('button', { name: 'Continue' }));
    await measure('an outcome');
    await clickToNextPage(page, page.getByRole('button', { name: 'Start again' }));
    await clickToNextPage(page, page.getByRole('link', { name: 'What the outcomes of an allegation investigation mean' }));
    await measure('the glossary');
    await context.close();

    const [first, ...others] = seen;
    const problems = others.flatMap(({ name, danger, exit }) => [
      ...(danger === first.danger ? [] : [`the 999 line on ${name} is at ${danger}, on ${first.name} at ${first.danger}`]),
      ...(exit === first.exit ? [] : [`Exit this page on ${name} is at ${exit}, on ${first.name} at ${first.exit}`]),
    ]);
    assertNone(problems, `at ${width}px a person in a hurry finds the safety controls moved (x,y,width,height)`);
  }
});

/** The computed font size of the first element matching `selector`, in px. */
function fontSize(page, selector) {
  return page.locator(selector).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
}

test('with text at 200% the text is twice the size, nothing scrolls sideways and a journey works', async () => {
  // GOV.UK's breakpoints are in em, so at 200% text a 1280px window is laid out as a 640px one
  // at 100%: the sizes to compare with are those at 640px.
  const plain = await browser.newContext({ viewport: { width: 640, height: 720 } });
  const plainPage = await plain.newPage();
  await plainPage.goto(server.url);
  await waitForApp(plainPage);
  const plainSizes = [await fontSize(plainPage, 'html'), await fontSize(plainPage, 'h1'), await fontSize(plainPage, 'p.govuk-body')];
  await plain.close();

  const width = 1280;
  const context = await browser.newContext({ viewport: { width, height: 720 } });
  const page = await context.newPage();
  // The browser's own text size setting (Chrome: Settings, Appearance, Font size), doubled.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.goto(server.url);
  await waitForApp(page);
  const zoomedSizes = [await fontSize(page, 'html'), await fontSize(page, 'h1'), await fontSize(page, 'p.govuk-body')];
  for (const [index, what] of ['the default text size', 'the heading', 'body text'].entries()) {
    assert.ok(
      zoomedSizes[index] >= 2 * plainSizes[index] - 0.5,
      `${what} is ${zoomedSizes[index]}px at 200%, ${plainSizes[index]}px at 100%: the page does not grow with the browser's text size`,
    );
  }

  const problems = [];
  const noSidewaysScroll = async (name) => {
    const overflow = await sidewaysScroll(page, width);
    if (overflow) problems.push(`${name}: ${overflow.scrollWidth}px wide, because of ${overflow.culprits.join('; ')}`);
  };
  await noSidewaysScroll('the start page');
  await clickToNextPage(page, page.getByRole('button', { name: 'Start now' }));
  await continueWithNothing(page);
  await noSidewaysScroll('a question in its error state');
  for (const [question, answer] of TO_OFSTED) {
    await noSidewaysScroll(`question ${question}`);
    await walkOn(page, [[question, answer]]);
  }
  await page.getByRole('heading', { level: 1, name: 'Contact Ofsted' }).waitFor();
  await noSidewaysScroll('the outcome');
  assertNone(problems, 'with text at 200% a person must scroll sideways to read');
  await context.close();
});

/** Elements (and their ::before and ::after) with a transition or an animation that takes time. */
function movingElements(page) {
  return page.evaluate(() => {
    const moving = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const durations = [...style.transitionDuration.split(', '), ...style.animationDuration.split(', ')];
        if (durations.some((d) => d !== '0s')) {
          moving.push(`<${element.tagName.toLowerCase()} class="${element.className}">${pseudo ?? ''}: transition ${style.transitionDuration}, animation ${style.animationDuration}`);
        }
      }
    }
    return moving;
  });
}

test('with prefers-reduced-motion nothing on the start, a question or an outcome moves', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForApp(page);
  const problems = [];
  const stillness = async (name) => problems.push(...(await movingElements(page)).map((m) => `${name}: ${m}`));
  await stillness('the start page');
  await clickToNextPage(page, page.getByRole('button', { name: 'Start now' }));
  await stillness('a question');
  await page.locator('#answer-yes').check();
  await clickToNextPage(page, page.getByRole('button', { name: 'Continue' }));
  // Opened, as a person would, so the styles of its open state count too.
  await page.locator('.govuk-details').first().evaluate((details) => { details.open = true; });
  await stillness('an outcome');
  assertNone(problems, 'things that move for a person who asked for no motion');
  await context.close();
});

test('screenshots of the start, a question, an error and an outcome at 320px and 1280px', async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [320, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const shoot = async (name) => {
      const path = `${SCREENSHOTS}${name}-${width}.png`;
      await page.screenshot({ path, fullPage: true });
      assert.ok(statSync(path).size > 1000, `${path} is empty`);
    };
    await page.goto(server.url);
    await waitForApp(page);
    await shoot('start');
    await clickToNextPage(page, page.getByRole('button', { name: 'Start now' }));
    await shoot('question');
    await continueWithNothing(page);
    await shoot('error');
    await page.locator('#answer-no').check();
    await clickToNextPage(page, page.getByRole('button', { name: 'Continue' }));
    await walkOn(page, [['who-are-you', 'someone-else'], ['what-is-the-worry', 'harm-by-worker']]);
    await page.getByRole('heading', { level: 1, name: /LADO/ }).waitFor();
    await shoot('outcome');
    await context.close();
  }
});

/** In the page: what a forced-colours (high contrast) mode would leave unseen of `checks`, each
 * [name, selector, what]: `edge`, the element's border (or, with `::before`/`::after` in the
 * selector, its drawn box) against what is behind it; `text`, its words against its ground;
 * `focus`, a focus indicator, looked for after focusing the element, that was not there before. */
const unseenInForcedColours = (page, checks) => page.evaluate((checks) => {
  const rgba = (colour) => {
    const [r, g, b, a = 1] = colour.match(/[\d.]+/g).map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }) => {
    const channel = (c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  // `colour` over `ground`: a transparent border or outline is the ground's colour.
  const contrast = (colour, ground) => {
    const over = (c) => colour.a * colour[c] + (1 - colour.a) * ground[c];
    const [light, dark] = [luminance({ r: over('r'), g: over('g'), b: over('b') }), luminance(ground)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  // The colour behind an element: the first ancestor's opaque background, or the canvas.
  const behind = (element) => {
    for (let at = element; at; at = at.parentElement) {
      const colour = rgba(getComputedStyle(at).backgroundColor);
      if (colour.a > 0.5) return colour;
    }
    const canvas = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'background: Canvas' }));
    const colour = rgba(getComputedStyle(canvas).backgroundColor);
    canvas.remove();
    return colour;
  };
  const problems = [];
  for (const [name, selector, what] of checks) {
    const [css, pseudo = null] = selector.split(/(?=::)/);
    const elements = [...document.querySelectorAll(css)].filter((element) => element.getClientRects().length > 0);
    if (elements.length === 0) problems.push(`${name}: nothing on the page matches ${css}`);
    for (const element of elements) {
      const style = () => getComputedStyle(element, pseudo);
      const ground = behind(pseudo ? element : element.parentElement);
      const edgeSeen = (s) => ['Top', 'Right', 'Bottom', 'Left'].some((side) => parseFloat(s[`border${side}Width`]) >= 1
        && s[`border${side}Style`] !== 'none' && contrast(rgba(s[`border${side}Color`]), ground) >= 3);
      const outlineSeen = (s) => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && contrast(rgba(s.outlineColor), ground) >= 3;
      if (what === 'edge' && !edgeSeen(style())) {
        problems.push(`${name}: its edge does not show (border ${style().borderTopWidth} ${style().borderTopStyle} ${style().borderTopColor} on ${JSON.stringify(ground)})`);
      }
      if (what === 'text') {
        const own = rgba(style().backgroundColor);
        const textGround = own.a > 0.5 ? own : ground;
        if (contrast(rgba(style().color), textGround) < 4.5) problems.push(`${name}: its words (${style().color}) do not show on ${JSON.stringify(textGround)}`);
      }
      if (what === 'focus') {
        // A radio's focus shows on its drawn circle, the label's ::before.
        const input = element.matches('.govuk-radios__input');
        const shows = input ? element.nextElementSibling : element;
        const drawn = () => getComputedStyle(shows, input ? '::before' : null);
        const before = { outline: outlineSeen(drawn()), border: drawn().borderTopWidth };
        element.focus();
        const after = { outline: outlineSeen(drawn()), border: drawn().borderTopWidth, seen: `${drawn().outlineStyle} ${drawn().outlineColor}` };
        element.blur();
        if (!((after.outline && !before.outline) || parseFloat(after.border) > parseFloat(before.border))) {
          problems.push(`${name}: focus does not show (focused, its outline is ${after.seen})`);
        }
      }
    }
  }
  return problems;
}, checks);

test('in a forced-colours (high contrast) mode, light or dark, Exit this page, radios, focus and errors all show', async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const problems = [];
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage();
    await page.emulateMedia({ forcedColors: 'active', colorScheme });
    const check = async (where, checks) => {
      problems.push(...(await unseenInForcedColours(page, checks)).map((problem) => `${colorScheme}, ${where}: ${problem}`));
      await page.screenshot({ path: `${SCREENSHOTS}forced colours, ${colorScheme}, ${where}.png`, fullPage: true });
    };
    const everyPage = [
      ['Exit this page', '#exit-this-page', 'edge'], ['Exit this page', '#exit-this-page', 'text'],
      ['Exit this page', '#exit-this-page', 'focus'],
    ];
    await page.goto(server.url);
    await waitForApp(page);
    await check('the start page', [...everyPage,
      ['a button', '.govuk-button', 'edge'], ['a button', '.govuk-button', 'focus'], ['a link', 'main .govuk-link', 'focus']]);
    await clickToNextPage(page, page.getByRole('button', { name: 'Start now' }));
    await continueWithNothing(page);
    await check('a question with an error', [...everyPage,
      ['the error summary', '.govuk-error-summary', 'edge'], ['the error summary link', '.govuk-error-summary a', 'focus'],
      ['the question with the error', '.govuk-form-group--error', 'edge'], ['the error message', '.govuk-error-message', 'text'],
      ['a radio', '.govuk-radios__label::before', 'edge'], ['a radio', '.govuk-radios__input', 'focus'],
      ['Continue', 'form .govuk-button', 'edge'], ['Continue', 'form .govuk-button', 'focus']]);
    await page.locator('#answer-no').check();
    await check('a question answered', [['the chosen radio', '.govuk-radios__input:checked + .govuk-radios__label::after', 'edge']]);
    await clickToNextPage(page, page.getByRole('button', { name: 'Continue' }));
    await walkOn(page, [['who-are-you', 'someone-else'], ['what-is-the-worry', 'harm-by-worker']]);
    await page.getByRole('heading', { level: 2, name: 'Find the council' }).waitFor();
    await page.getByRole('button', { name: 'Find the council' }).click();
    await page.locator('.govuk-input--error').waitFor();
    await check('an outcome, with a postcode error', [...everyPage,
      ['a link', 'main .govuk-link', 'focus'], ['the postcode box', '.govuk-input', 'edge'], ['the postcode box', '.govuk-input', 'focus'],
      ['the postcode error', '.govuk-input--error', 'edge'], ['the postcode error message', '.govuk-error-message', 'text']]);
    await page.close();
  }
  assertNone(problems, 'what a forced-colours mode hides');
});
