// The browser's history on every way through the tool: the Back link, the browser's Back and
// Forward, Start again, links, reloads, and Exit this page after each of them. The rules behind
// it are proven exhaustively natively (tests/history.rs); this checks the real browser keeps them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EXIT_URL, clickToNextPage, launchChromium, navigationHistory, pressShift, routeExit, serveDist,
  waitForApp, walk,
} from './harness.mjs';

let server;
let browser;

const POLICY = `<!doctype html><html lang="en"><title>Our safeguarding policy</title><body>
<p><a href="/#setting">Open Signpost for settings</a></p></body></html>`;

before(async () => {
  server = await serveDist({ '/policy.html': () => POLICY });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const TO_LADO = [['immediate-danger', 'no'], ['who-are-you', 'someone-else'], ['what-is-the-worry', 'harm-by-worker']];

const heading = (page) => page.locator('#page-heading').textContent();

async function openTool(path = '') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await routeExit(page);
  await page.goto(new URL(path, server.url).href);
  return { context, page };
}

/** Waits for the heading to change after a browser Back or Forward. */
async function historyStep(page, move) {
  const before = await heading(page);
  await move();
  await page.waitForFunction((old) => document.getElementById('page-heading')?.textContent !== old, before);
}

/** Exits (by the button or Shift three times) and checks the tool's entries are gone: none
 * behind the destination, and ahead of it at most the one neutral "Loading." entry. */
async function exitAndCheck(page, because, how = 'button', { forward = true } = {}) {
  if (how === 'button') {
    await page.getByRole('button', { name: 'Emergency Exit this page' }).click();
  } else {
    await pressShift(page, 3);
  }
  await page.waitForURL(`${EXIT_URL}**`, { timeout: 15000 });
  const { entries, currentIndex } = await navigationHistory(page);
  const tool = (entry) => entry.url.startsWith(server.url) && !entry.url.endsWith('policy.html');
  const history = JSON.stringify(entries);
  assert.ok(!entries.slice(0, currentIndex).some(tool), `${because}: Back would return to the tool: ${history}`);
  assert.ok(
    entries.slice(currentIndex + 1).every((entry) => entry.title === 'Loading.'),
    `${because}: Forward would return to a page of the tool: ${history}`,
  );
  // The entry ahead, shown again, leaves at once.
  if (forward && currentIndex + 1 < entries.length) {
    await page.goForward();
    await page.waitForURL(`${EXIT_URL}**`, { timeout: 15000 });
    assert.equal(await page.title(), 'BBC Weather', `${because}: Forward showed the tool`);
  }
}

test('the Back link goes to the previous page with its answer chosen, and to the start page last', async () => {
  const { context, page } = await openTool();
  await waitForApp(page);
  await walk(page, TO_LADO.slice(0, 2));
  const back = page.getByRole('link', { name: 'Back', exact: true });

  await clickToNextPage(page, back);
  assert.equal(await heading(page), 'Which of these best describes you?');
  assert.ok(await page.locator('#answer-someone-else').isChecked(), 'the answer given is chosen');
  await clickToNextPage(page, back);
  assert.equal(await heading(page), 'Is a child in danger right now?');
  assert.ok(await page.locator('#answer-no').isChecked());
  await clickToNextPage(page, back);
  await waitForApp(page);
  assert.equal(await back.count(), 0, 'the start page has no Back link');
  await context.close();
});

test('Back then Forward shows the same page with the same answers', async () => {
  const { context, page } = await openTool();
  await waitForApp(page);
  await walk(page, TO_LADO);
  // "Why" and "Your next steps" are built a frame after the page is painted: compare whole pages.
  await page.locator('#next-steps-heading').waitFor();
  const outcome = await page.locator('main').innerText();
  await historyStep(page, () => page.goBack());
  await historyStep(page, () => page.goForward());
  await page.locator('#next-steps-heading').waitFor();
  assert.equal(await page.locator('main').innerText(), outcome);
  await context.close();
});

test('Back from "Answer the questions" on a linked outcome returns to that outcome', async () => {
  const { context, page } = await openTool('#contact-ofsted');
  await page.getByRole('heading', { level: 1, name: 'Contact Ofsted' }).waitFor();
  await clickToNextPage(page, page.getByRole('button', { name: 'Answer the questions' }));
  await clickToNextPage(page, page.getByRole('link', { name: 'Back', exact: true }));
  assert.equal(await heading(page), 'Contact Ofsted');
  await context.close();
});

test('after Start again, Back shows no earlier answer', async () => {
  const { context, page } = await openTool();
  await waitForApp(page);
  await walk(page, TO_LADO);
  await clickToNextPage(page, page.getByRole('button', { name: 'Start again' }));
  const startAgain = await page.evaluate(() => window.history.state);
  for (let back = 1; back <= TO_LADO.length + 1; back += 1) {
    await page.goBack();
    await page.waitForFunction((entry) => window.history.state === entry, startAgain - back);
    await waitForApp(page);
    assert.equal(await page.locator('.govuk-summary-list, input:checked').count(), 0, 'the answers are forgotten');
  }
  await context.close();
});

test('Exit this page leaves no entry of the tool after Back, Forward, Start again, links and reloads', async () => {
  const ways = {
    'Back and Forward': async (page) => {
      await walk(page, TO_LADO);
      await historyStep(page, () => page.goBack());
      await historyStep(page, () => page.goBack());
      await historyStep(page, () => page.goForward());
    },
    'Back to the start page, with the questions ahead': async (page) => {
      await walk(page, TO_LADO.slice(0, 2));
      for (let i = 0; i < 3; i += 1) await historyStep(page, () => page.goBack());
    },
    'Start again': async (page) => {
      await walk(page, TO_LADO);
      await clickToNextPage(page, page.getByRole('button', { name: 'Start again' }));
    },
    'Start again, then a question': async (page) => {
      await walk(page, TO_LADO);
      await clickToNextPage(page, page.getByRole('button', { name: 'Start again' }));
      await walk(page, TO_LADO.slice(0, 1));
    },
    'a check opened by a link on the start page': async (page) => {
      await clickToNextPage(page, page.getByRole('link', { name: "Which council's LADO is responsible" }));
      await page.locator('input[type=radio]').first().check();
      await clickToNextPage(page, page.getByRole('button', { name: 'Continue' }));
    },
    'the same link twice': async (page) => {
      const link = page.getByRole('link', { name: "Which council's LADO is responsible" });
      await clickToNextPage(page, link);
      await historyStep(page, () => page.goBack());
      await clickToNextPage(page, link);
      await page.evaluate(() => { window.location.hash = '#which-lado'; });
    },
    '"Staying safe online" after some answers': async (page) => {
      await walk(page, TO_LADO.slice(0, 2));
      await page.getByRole('link', { name: /Staying safe online/ }).first().click();
      await page.waitForURL('**#staying-safe');
    },
    'a reload after some answers': async (page) => {
      await walk(page, TO_LADO.slice(0, 2));
      await page.reload();
      await waitForApp(page);
      await walk(page, TO_LADO.slice(0, 1));
    },
  };
  for (const [way, steps] of Object.entries(ways)) {
    for (const how of ['button', 'shift']) {
      const { context, page } = await openTool();
      await waitForApp(page);
      await steps(page);
      await exitAndCheck(page, `${way} (${how})`, how);
      await context.close();
    }
  }
});

test('Exit this page after a setting\'s link, some answers and Back leaves for the destination', async () => {
  const { context, page } = await openTool('policy.html');
  await clickToNextPage(page, page.getByRole('link', { name: 'Open Signpost for settings' }));
  await page.locator('#answer-no').check();
  await clickToNextPage(page, page.getByRole('button', { name: 'Continue' }));
  await historyStep(page, () => page.goBack());
  await exitAndCheck(page, 'linked in, answered, went back', 'button', { forward: false });
  await page.goBack();
  assert.ok(page.url().endsWith('policy.html'), `Back went to ${page.url()}`);
  await page.goForward();
  await page.goForward();
  await page.waitForURL(`${EXIT_URL}**`, { timeout: 15000 });
  assert.equal(await page.title(), 'BBC Weather', 'Forward past the destination showed the tool');
  await context.close();
});
