// A person walks the public journey in a real browser, with mouse and keyboard, against the
// release build, and gets the outcome page they need.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clickToNextPage, focused, launchChromium, serveDist, waitForApp, walk } from './harness.mjs';

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

test('a worried neighbour is sent to the LADO, using mouse and keyboard', async () => {
  const page = await browser.newPage();
  const panics = [];
  page.on('pageerror', (error) => panics.push(error.message));
  await page.goto(server.url);
  await waitForApp(page);
  assert.equal(await page.title(), `Find out who to tell if you're worried about a child${SERVICE}`);

  // Mouse: start.
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Is a child in danger right now?' }).waitFor();
  assert.equal(await page.title(), `Is a child in danger right now?${SERVICE}`);
  assert.equal(await focused(page), 'h1#page-heading', 'focus moves to the new heading');

  // Continue with nothing chosen: the error summary, focused, and "Error: " in the title.
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /There is a problem/);
  assert.match(await summary.innerText(), /Select whether a child is in danger right now/);
  assert.equal(await page.title(), `Error: Is a child in danger right now?${SERVICE}`);
  assert.equal(await focused(page), 'div#error-summary');

  // Keyboard only: from the summary to the radios, an arrow to "No", Enter to continue.
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'a#', 'the error link comes first');
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'input#answer-yes', 'the error link moves focus to the radios');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'input#answer-no');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Which of these best describes you?' }).waitFor();
  assert.equal(await focused(page), 'h1#page-heading');

  // Mouse: choose by label, then Continue.
  await page.getByLabel('Someone else').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'What are you worried about?' }).waitFor();

  // Keyboard: Tab to the radios, arrow to the second answer, Tab to Continue, Enter.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'input#answer-harm-by-worker');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { level: 1 });
  await page.getByRole('heading', { level: 1, name: "Tell the council's designated officer (LADO)" }).waitFor();
  assert.equal(await page.title(), `Tell the council's designated officer (LADO)${SERVICE}`);
  assert.equal(await focused(page), 'h1#page-heading');

  // The outcome page: 999 on every page, steps, tappable contacts, the answers with Change links.
  assert.equal(await page.locator('a[href="tel:999"]').first().innerText(), 'call 999');
  assert.ok((await page.locator('ol.govuk-list--number li').count()) >= 3);
  assert.ok(await page.locator('.signpost-contact a[href="tel:08088005000"]').isVisible(), 'the NSPCC contact\'s number is a tel: link');
  const rows = page.locator('.govuk-summary-list__row');
  assert.equal(await rows.count(), 3);
  assert.match(await rows.nth(1).innerText(), /About you\s+Someone else\s+Change/);
  assert.match(await page.locator('main').innerText(), /Why we are telling you this/);
  assert.match(await page.locator('main').innerText(), /What to note down/);
  assert.match(await page.locator('main').innerText(), /Confidentiality/);
  // The guidance behind the advice opens from the keyboard, with its quotations.
  await page.locator('summary', { hasText: 'The guidance behind this advice' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.govuk-details__text q').first().waitFor();
  assert.ok(await page.locator('.govuk-details__text q').first().isVisible(), 'the quotations show once opened');

  // Nothing about the answers reached the URL or the history entries.
  assert.equal(page.url(), server.url);
  assert.equal(await page.evaluate(() => typeof history.state), 'number');

  // The browser's Back button returns to the last question, with the answer still chosen.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'What are you worried about?' }).waitFor();
  assert.ok(await page.getByLabel('Someone has harmed a child, or might, while working with children').isChecked());
  // And Forward returns to the outcome.
  await page.goForward();
  await heading.filter({ hasText: 'LADO' }).waitFor();

  // A Change link returns to that question, pre-filled; a new answer reaches a new outcome.
  await page.getByRole('link', { name: 'Change About you' }).click();
  await page.getByRole('heading', { level: 1, name: 'Which of these best describes you?' }).waitFor();
  assert.ok(await page.getByLabel('Someone else').isChecked());
  await page.getByLabel('I am under 19').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Talk to Childline' }).waitFor();
  assert.ok(await page.locator('.signpost-contact a[href="tel:08001111"]').isVisible());
  assert.equal(await rows.count(), 2, 'answers off the new route are not in the summary');

  // Start again forgets everything.
  await page.getByRole('button', { name: 'Start again' }).click();
  await waitForApp(page);
  await page.getByRole('button', { name: 'Start now' }).click();
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);

  assert.deepEqual(panics, []);
  await page.close();
});

test('a radio chosen and not yet sent stays chosen after "Staying safe online" and back', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await waitForApp(page);
  // A changed answer too: the question shows the earlier answer, and the person chooses another.
  await walk(page, [['immediate-danger', 'no'], ['who-are-you', 'someone-else']]);
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Which of these best describes you?' }).waitFor();
  assert.ok(await page.locator('#answer-someone-else').isChecked(), 'the earlier answer is chosen');
  await page.locator('#answer-worker-at-service').check();
  await page.getByRole('link', { name: 'Staying safe online' }).first().click();
  await page.locator('#staying-safe').waitFor({ state: 'visible' });
  await page.getByRole('link', { name: 'Back to the questions' }).click();
  await page.locator('#answer-worker-at-service').waitFor({ state: 'visible' });
  assert.ok(await page.locator('#answer-worker-at-service').isChecked(), 'the radio the person chose');
  assert.ok(!(await page.locator('#answer-someone-else').isChecked()), 'not the earlier answer');
  await clickToNextPage(page, page.getByRole('button', { name: 'Continue' }));
  await page.getByRole('heading', { level: 1, name: 'What is your worry about the service?' }).waitFor();
  await page.close();
});

test('an outcome opened by its ID shows without answers and offers the questions', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}#contact-ofsted`);
  await page.getByRole('heading', { level: 1, name: 'Contact Ofsted' }).waitFor();
  assert.ok(await page.locator('.signpost-contact a[href="tel:03001231231"]').isVisible());
  assert.ok(await page.locator('a[href="mailto:enquiries@ofsted.gov.uk"]').isVisible());
  // The foot of the page, answers and all, is built just after the page is painted.
  await page.locator('#next-steps-heading').waitFor();
  assert.equal(await page.locator('.govuk-summary-list').count(), 0);
  await page.getByRole('button', { name: 'Answer the questions' }).click();
  await page.getByRole('heading', { level: 1, name: 'Is a child in danger right now?' }).waitFor();
  assert.equal(new URL(page.url()).hash, '', 'the questions begin without the link fragment');
  await page.close();
});

// The outcome pages' advice (what to note down, what happens next, the guidance behind it) is
// fetched just after the first page (src/content/advice_file.rs). Each page's heading, lead,
// steps, contacts and confidentiality are in the app itself.
const ADVICE = (url) => url.pathname.endsWith('/advice.txt');
const CHILDLINE = [['immediate-danger', 'no'], ['who-are-you', 'child-or-young-person']];

/** The items of `heading`'s list on `outcome`'s page, as the snapshot `cargo test` keeps true
 * has them (tests/snapshots/pages/). */
function snapshotList(outcome, heading) {
  const file = new URL(`../snapshots/pages/${outcome}.txt`, import.meta.url);
  const sections = readFileSync(file, 'utf8').split(/^## /m);
  const section = sections.find((text) => text.startsWith(`${heading}\n`));
  const items = section.split('\n').filter((line) => /^(- |\d+\. )/.test(line));
  return items.map((line) => line.replace(/^(- |\d+\. )/, ''));
}

/** The text of the list items under `heading` on the page. */
async function shownList(page, heading) {
  return page.locator(`h2:text-is("${heading}") + * li, h2:text-is("${heading}") + p + ul li`).allInnerTexts();
}

/** A new page opened at `hash`, its request for the advice held until `release()`; `asked`
 * settles once the app has asked for it. */
async function withAdviceHeld(hash) {
  const page = await browser.newPage();
  let release;
  let requested;
  const held = new Promise((resolve) => { release = resolve; });
  const asked = new Promise((resolve) => { requested = resolve; });
  await page.route(ADVICE, async (route) => { requested(); await held; await route.continue(); });
  await page.goto(`${server.url}${hash}`);
  return { page, release, asked };
}

test('an outcome opened before its advice has come shows its steps, says the rest is loading, then shows its own', async () => {
  const { page, release } = await withAdviceHeld('#contact-ofsted');
  await page.getByRole('heading', { level: 1, name: 'Contact Ofsted' }).waitFor();
  const status = page.getByRole('status').filter({ hasText: 'What to note down and what happens next are loading.' });
  await status.waitFor();
  assert.deepEqual(await shownList(page, 'What to do'), snapshotList('contact-ofsted', 'What to do'), 'the steps are there at once');
  assert.ok(await page.locator('.signpost-contact a[href="tel:03001231231"]').isVisible(), 'the contacts are there at once');
  await page.getByRole('button', { name: 'Save as a text file' }).waitFor();
  // A person already on the way to call.
  await page.locator('.signpost-contact a[href="tel:03001231231"]').focus();
  const focusedLink = () => page.evaluate(() => document.activeElement.getAttribute('href'));

  release();
  await page.getByRole('heading', { level: 2, name: 'What to note down' }).waitFor();
  assert.equal(await status.count(), 0, 'the loading line goes when the advice comes');
  assert.deepEqual(await shownList(page, 'What to note down'), snapshotList('contact-ofsted', 'What to note down'), "the page's own advice");
  assert.equal(await focusedLink(), 'tel:03001231231', 'focus stays where the person is');
  await page.close();
});

test('advice that stalls is said to be missing after ten seconds, and shown if it comes after all', async () => {
  const { page, release } = await withAdviceHeld('#contact-ofsted');
  await page.getByRole('heading', { level: 1, name: 'Contact Ofsted' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'What to note down and what happens next are loading.' }).waitFor();
  const missing = page.getByRole('alert').filter({ hasText: 'The rest of this page could not be loaded' });
  await missing.waitFor({ timeout: 15_000 });

  release();
  await page.getByRole('heading', { level: 2, name: 'What to note down' }).waitFor();
  assert.equal(await missing.count(), 0, 'the notice goes when the advice comes');
  await page.close();
});

test('an answer chosen but not yet sent is kept, with focus, when the advice comes', async () => {
  const { page, release, asked } = await withAdviceHeld('');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Is a child in danger right now?' }).waitFor();
  await page.locator('#answer-no').check();
  await page.locator('#answer-no').focus();
  await asked;

  release();
  // The app marks the first render after the advice came (src/app/mod.rs).
  await page.waitForFunction(() => performance.getEntriesByName('signpost:advice-drawn').length > 0);
  assert.ok(await page.locator('#answer-no').isChecked(), 'the chosen answer is still chosen');
  assert.equal(await focused(page), 'input#answer-no');
  await clickToNextPage(page, page.getByRole('button', { name: 'Continue' }));
  await page.getByRole('heading', { level: 1, name: 'Which of these best describes you?' }).waitFor();
  await page.close();
});

test('if the advice cannot be fetched, an outcome still says what to do and who to contact', async () => {
  const page = await browser.newPage();
  const panics = [];
  const logged = [];
  page.on('pageerror', (error) => panics.push(error.message));
  page.on('console', (message) => logged.push(message.text()));
  await page.route(ADVICE, (route) => route.abort('internetdisconnected'));
  await page.goto(server.url);
  await waitForApp(page);
  await walk(page, CHILDLINE);
  await page.getByRole('heading', { level: 1, name: 'Talk to Childline' }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'The rest of this page could not be loaded' }).waitFor();
  assert.deepEqual(await shownList(page, 'What to do'), snapshotList('childline', 'What to do'), 'the steps');
  assert.ok(await page.locator('.signpost-contact a[href="tel:08001111"]').isVisible(), 'Childline\'s number');
  assert.match(await page.locator('main').innerText(), /If a child is in immediate danger, call 999/);
  assert.equal(await page.getByRole('heading', { name: 'What to note down' }).count(), 0);
  assert.ok(logged.some((line) => line.includes('advice.txt could not be fetched')), 'the site owner is told why');

  await clickToNextPage(page, page.getByRole('button', { name: 'Start again' }));
  await waitForApp(page);
  assert.deepEqual(panics, []);

  // An allegation page keeps its warnings: they are built in, not fetched.
  await page.goto('about:blank');
  await page.goto(`${server.url}#tell-lado`);
  await page.getByRole('alert').filter({ hasText: 'The rest of this page could not be loaded' }).waitFor();
  assert.deepEqual(await shownList(page, 'What to do'), snapshotList('tell-lado', 'What to do'), 'the steps');
  assert.match(await page.locator('main').innerText(), /Do not post about it online or name the person/);
  await page.close();
});

test("advice from another build of Signpost is refused, never shown", async () => {
  const page = await browser.newPage();
  const served = await (await fetch(new URL('advice.txt', server.url))).text();
  const [, ...rest] = served.split('\n');
  await page.route(ADVICE, (route) => route.fulfill({
    contentType: 'text/plain; charset=utf-8',
    body: ['0123456789abcdef', ...rest].join('\n'),
  }));
  await page.goto(server.url);
  await waitForApp(page);
  await walk(page, CHILDLINE);
  await page.getByRole('alert').filter({ hasText: 'The rest of this page could not be loaded' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'What to note down' }).count(), 0, 'nothing of the other build shows');
  await page.close();
});

test("the start page's words are there before the app, and stay put when it takes over", async () => {
  // Where the heading and each paragraph of the start page are, and what they say.
  const startWords = (page) => page.evaluate(() => [...document.querySelectorAll('#signpost h1, #signpost h1 ~ p')]
    .slice(0, 4)
    .map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { text: element.textContent, x, y, width, height };
    }));
  const phone = { viewport: { width: 412, height: 823 }, isMobile: true };
  const withoutScripts = await browser.newContext({ ...phone, javaScriptEnabled: false });
  const staticPage = await withoutScripts.newPage();
  await staticPage.goto(server.url);
  const before = await startWords(staticPage);
  await withoutScripts.close();
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForApp(page);
  const after = await startWords(page);
  await context.close();
  assert.equal(before.length, 4, 'the heading and three paragraphs before the app');
  assert.deepEqual(after, before);
});

test('without JavaScript the static guidance still tells the person what to do', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  const text = await page.locator('#signpost').innerText();
  for (const fact of ['call 999', "children's social care", '0808 800 5000', '0300 123 1231', 'enquiries@ofsted.gov.uk']) {
    assert.ok(text.includes(fact), `the fallback does not show "${fact}"`);
  }
  await context.close();
});
