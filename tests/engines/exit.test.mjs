// Exit this page in every engine, by the button and by Shift pressed three times, from the start,
// after several answers, after Back and Forward, after a setting's link into a flow, and inside a
// setting's cross-origin frame with the host script. After Exit, the browser's Back never shows a
// page of the tool, and nor does Forward: checked as a person would find it, by pressing them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EXIT_URL, answer, clickText, clickToNextPage, eachEngine, exit, heading, settle, sleep, startFlow, waitFor, waitForApp,
  waitForDestination, walk,
} from './steps.mjs';

const TO_LADO = [['immediate-danger', 'no'], ['who-are-you', 'someone-else'], ['what-is-the-worry', 'harm-by-worker']];

/** Back or Forward, then waits for the heading to change. */
async function historyStep(page, move) {
  const before = await heading(page);
  await page[move]();
  await waitFor(page, (old) => {
    const now = document.getElementById('page-heading')?.textContent;
    return now && now !== old;
  }, [before], { because: `a new heading after ${move} from "${before}"` });
}

/** After Exit: Back, then Forward twice, never show a page of the tool. `behind` says what Back
 * must show instead (a test of the address). */
async function assertNothingLeft(page, sites, because, behind) {
  const back = [];
  for (const move of ['back', 'forward', 'forward']) {
    await page[move]();
    const seen = await settle(page, sites);
    back.push(`${move}: ${seen.map((state) => `${state.url} "${state.title}"${state.tool ? ` SHOWS THE TOOL (${state.heading})` : ''}`).join(' -> ')}`);
    assert.ok(!seen.some((state) => state.tool), `${because}: ${move} showed a page of the tool:\n${back.join('\n')}`);
    const last = seen.at(-1);
    if (move === 'back') {
      assert.ok(behind(last.url), `${because}: Back went to ${last.url}:\n${back.join('\n')}`);
    } else {
      assert.equal(last.title, 'BBC Weather', `${because}: ${move} did not come back to the destination:\n${back.join('\n')}`);
    }
  }
}

/** Behind the destination, when the tool was opened in a new tab: the tab's blank first page,
 * or nothing at all (Firefox replaces a new tab's blank entry with the first page it shows, so
 * Back stays on the destination). */
const nothingBehind = (url) => url === 'about:blank' || url === EXIT_URL;

eachEngine((context) => {
  const ways = {
    'from the start page': async () => {},
    'after several answers': async (page) => walk(page, TO_LADO),
    'after Back and Forward': async (page) => {
      await walk(page, TO_LADO);
      await historyStep(page, 'back');
      await historyStep(page, 'back');
      await historyStep(page, 'forward');
    },
    'after the in-app Back link and Start again': async (page) => {
      await walk(page, TO_LADO);
      await clickToNextPage(page, 'a.govuk-back-link');
      await answer(page, 'harm-by-worker');
      await clickText(page, 'Start again', 'button');
      await walk(page, TO_LADO.slice(0, 1));
    },
  };

  for (const [way, steps] of Object.entries(ways)) {
    for (const how of ['button', 'shift']) {
      test(`Exit by ${how} ${way}: Back and Forward never show the tool`, async () => {
        const { sites } = context;
        const page = await context.browser.newPage();
        try {
          await page.goto(sites.tool);
          await waitForApp(page);
          await steps(page);
          await exit(page, how);
          await waitForDestination(page, `the destination after Exit by ${how} ${way}`);
          await assertNothingLeft(page, sites, `${way} (${how})`, nothingBehind);
        } finally {
          await page.close();
        }
      });
    }
  }

  for (const how of ['button', 'shift']) {
    test(`Exit by ${how} after a setting's link into a flow, an answer and Back: Back shows the setting's page`, async () => {
      const { sites } = context;
      const page = await context.browser.newPage();
      try {
        await page.goto(new URL('policy.html', sites.tool).href);
        await page.click('#open-setting');
        await waitFor(page, () => document.getElementById('page-heading')?.textContent === 'Is a child in danger right now?', [], { because: 'the first question of the settings flow' });
        await answer(page, 'no');
        await historyStep(page, 'back');
        await exit(page, how);
        await waitForDestination(page, `the destination after a link in (${how})`);
        await assertNothingLeft(page, sites, `linked in (${how})`, (url) => url.endsWith('/policy.html'));
      } finally {
        await page.close();
      }
    });
  }

  for (const how of ['button', 'shift']) {
    test(`Exit by ${how} in a setting's cross-origin frame takes the whole page to the destination`, async (t) => {
      const { sites } = context;
      const page = await context.browser.newPage();
      try {
        await page.goto(new URL('framing.html', sites.host).href);
        const frame = await page.frame('iframe[data-signpost]');
        await waitForApp(frame);
        await startFlow(frame, 'setting');
        await answer(frame, 'no');
        await answer(frame, 'allegation');
        if (how === 'button') {
          await frame.click('#exit-this-page');
        } else {
          // The person's last click was Continue, in the frame, which has the focus. A browser
          // lets a frame move the whole page only for 5 seconds after a click: Shift must work
          // long after it.
          await sleep(5500);
          for (let i = 0; i < 3; i += 1) await page.press('Shift');
        }
        await waitForDestination(page, `the whole page at the destination (${how})`);
        await assertNothingLeft(page, sites, `in a frame (${how})`, nothingBehind);
        t.diagnostic(`${context.engine.name}: the setting's page left for the destination by ${how}`);
      } finally {
        await page.close();
      }
    });
  }

  // WebKitGTK's WebDriver stops answering once a page comes back from its back/forward cache
  // (each command waits until the run's timeout), so WebKit cannot be driven through this; the
  // Chromium and Firefox runs check it, and the next test checks, in every engine, the nearest
  // thing: exit-this-page.js's `pageshow` handler, given the event a restored page gets.
  const bfcache = context.engine.can.driveBackForwardCache === false
    ? { skip: "WebKitGTK's WebDriver does not answer after a page is restored from the back/forward cache; the next test gives the page the event a restored page gets" }
    : {};
  test('a page shown again from the back/forward cache starts afresh, never with the answers', bfcache, async (t) => {
    const { sites } = context;
    const page = await context.browser.newPage();
    try {
      await page.goto(sites.tool);
      await waitForApp(page);
      await walk(page, [['immediate-danger', 'no'], ['who-are-you', 'child-or-young-person']]);
      await waitFor(page, () => document.getElementById('page-heading')?.textContent === 'Talk to Childline');
      // A mark only this document carries: if it is there after Back, the browser restored the
      // very page from its back/forward cache.
      await page.evaluate(() => { window.enginesMark = 'kept'; });
      await page.goto('https://www.bbc.co.uk/weather');
      await page.back();
      const seen = await settle(page, sites, 6000);
      const restored = seen.some((state) => state.error === undefined) && await page.evaluate(() => window.enginesMark === 'kept');
      const type = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.type);
      t.diagnostic(`${context.engine.name}: after Back the page ${restored ? 'is the cached page itself' : `was loaded again (navigation type "${type}")`}`);
      await waitFor(page, () => !!document.getElementById('page-heading'));
      // Restored from the cache or loaded again, the tool starts afresh (exit-this-page.js,
      // `pageshow` with `persisted`).
      assert.notEqual(await heading(page), 'Talk to Childline', 'Back showed the answers\' outcome');
      assert.equal(await page.evaluate(() => document.querySelectorAll('.govuk-summary-list, input:checked').length), 0, 'an answer shows');
    } finally {
      await page.close();
    }
  });

  test('a page told it was restored from the back/forward cache (pageshow, persisted) loads afresh', async () => {
    const page = await context.browser.newPage();
    try {
      await page.goto(context.sites.tool);
      await waitForApp(page);
      await walk(page, [['immediate-danger', 'no'], ['who-are-you', 'child-or-young-person']]);
      await waitFor(page, () => document.getElementById('page-heading')?.textContent === 'Talk to Childline');
      await page.evaluate(() => {
        window.enginesMark = 'kept';
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      });
      // A new document (the mark is gone) on the start page, the answers forgotten.
      await waitFor(page, () => window.enginesMark === undefined && !!document.querySelector('.govuk-button--start'), [], { because: 'the page loaded afresh' });
      assert.equal(await page.evaluate(() => document.querySelectorAll('.govuk-summary-list, input:checked').length), 0, 'an answer shows');
    } finally {
      await page.close();
    }
  });
});
