// Privacy in every engine: no request carries or depends on an answer, and nothing is kept in
// storage, cookies, the address or the history's entries but each entry's number.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { clickText, eachEngine, sleep, waitFor, waitForApp, walk } from './steps.mjs';

const JOURNEYS = [
  { flow: 'public', answers: [['immediate-danger', 'no'], ['who-are-you', 'someone-else'], ['what-is-the-worry', 'harm-by-worker']] },
  { flow: 'setting', answers: [['immediate-danger', 'no'], ['setting-concern', 'allegation'], ['outside-office-hours', 'no'], ['reported-in-setting', 'not-yet']] },
];

/** A postcode from the ONS directory (tests/data/postcode-sample.txt), typed into Find the council. */
const POSTCODE = readFileSync('tests/data/postcode-sample.txt', 'utf8').split('\n').find((line) => /^[A-Z]/.test(line)).split(' ')[0];

eachEngine((context) => {
  test('answering sends nothing, stores nothing, and writes only numbers to the history', async () => {
    const { sites } = context;
    const page = await context.browser.newPage();
    try {
      await page.goto(sites.tool);
      await waitForApp(page);
      // The outcome pages' advice is fetched once on load, whatever the journey.
      await waitFor(page, () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/advice.txt')), [], { because: 'the advice file' });
      await waitFor(page, () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/councils.txt')), [], { because: 'the postcode table' });
      await sleep(500);
      const loaded = sites.requests.length;
      const elsewhere = sites.elsewhere.length;
      let looked = 0;
      for (const { flow, answers } of JOURNEYS) {
        await walk(page, answers, flow);
        const state = await page.evaluate(() => ({ url: location.href, state: history.state, length: history.length }));
        assert.equal(state.url, sites.tool, 'an answer reached the address');
        assert.equal(typeof state.state, 'number', `history.state is ${JSON.stringify(state.state)}`);
        assert.ok(state.state >= answers.length && state.state < state.length, `the entry's number ${state.state} is its place`);
        // Find the council, where the outcome has it: a postcode typed and looked up in the page.
        if (await page.evaluate(() => !!document.getElementById('find-council-postcode'))) {
          await page.type('#find-council-postcode', POSTCODE);
          await page.click('form:has(#find-council-postcode) button');
          await waitFor(page, () => !!document.getElementById('find-council-answer'), [], { because: 'the council found' });
          looked += 1;
        }
        await clickText(page, 'Start again', 'button');
        await waitForApp(page);
      }
      await sleep(500);
      assert.deepEqual(sites.requests.slice(loaded), [], 'requests to the tool\'s host after the app had loaded');
      assert.ok(looked > 0, 'no journey reached Find the council');
      const answersSeen = sites.elsewhere.slice(elsewhere).filter((url) => url.includes(POSTCODE) || JOURNEYS.some(({ answers }) => answers.some(([, value]) => url.includes(value))));
      assert.deepEqual(answersSeen, [], 'an answer left this machine');
      const advice = sites.requests.filter((url) => url.includes('/advice.txt'));
      assert.equal(advice.length, 1, `the advice fetched ${advice.length} times`);
      assert.match(advice[0], /\/advice\.txt\?v=[0-9a-f]{16}$/, 'the advice\'s address is the build\'s version and nothing else');
      const councils = sites.requests.filter((url) => url.includes('/councils.txt'));
      assert.equal(councils.length, 1, `the postcode table fetched ${councils.length} times`);
      assert.match(councils[0], /\/councils\.txt\?v=[A-Za-z]+-\d{4}$/, 'the table\'s address is its edition and nothing else');
      const stored = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
        indexedDb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
        caches: typeof caches === 'undefined' ? 0 : (await caches.keys()).length,
        workers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
      }));
      assert.deepEqual(stored, { local: 0, session: 0, cookie: '', indexedDb: 0, caches: 0, workers: 0 });
      assert.deepEqual(await page.cookies(), []);
    } finally {
      await page.close();
    }
  });
});
