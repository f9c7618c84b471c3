// Each journey from the start page to an outcome, each check opened by its link, and the static
// guidance when the wasm cannot run, in every engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allPaths, clickText, eachEngine, exit, heading, snapshotHeading, waitFor, waitForApp, waitForDestination, walk,
} from './steps.mjs';

/** One path a flow, the first the snapshot lists, and for each flow one more that ends
 * elsewhere: every flow, and every way it starts from the start page. */
function journeys() {
  const chosen = [];
  for (const path of allPaths()) {
    const same = chosen.filter((other) => other.flow === path.flow);
    if (same.length < 2 && !same.some((other) => other.outcome === path.outcome)) chosen.push(path);
  }
  return chosen;
}

eachEngine((context) => {
  test('each journey and check, from the start page to its outcome', async (t) => {
    const page = await context.browser.newPage();
    try {
      await page.goto(context.sites.tool);
      await waitForApp(page);
      for (const path of journeys()) {
        await walk(page, path.answers, path.flow);
        const expected = snapshotHeading(path.outcome);
        await waitFor(page, (title) => document.getElementById('page-heading')?.textContent === title, [expected], { because: `${path.flow} to ${path.outcome}` });
        // The outcome says why: the person's answers, each with a Change link.
        const rows = await page.evaluate(() => document.querySelectorAll('.govuk-summary-list__row').length);
        assert.equal(rows, path.answers.length, `${path.flow} -> ${path.outcome}: one row an answer`);
        await clickText(page, 'Start again', 'button');
        await waitForApp(page);
      }
      t.diagnostic(`${context.engine.name}: ${journeys().length} journeys walked`);
    } finally {
      await page.close();
    }
  });

  for (const [host, failure] of [['broken', 'the wasm file missing'], ['corrupt', 'the wasm file not WebAssembly']]) {
    test(`with ${failure}: the static guidance shows, and Exit this page still works`, async () => {
      const page = await context.browser.newPage();
      try {
        await page.goto(context.sites[host]);
        // The essentials a person must still see when the app cannot help.
        const text = await waitFor(page, () => document.getElementById('signpost')?.innerText, [], { because: 'the static guidance' });
        for (const fact of ['call 999', "children's social care", '0808 800 5000', '0300 123 1231']) {
          assert.ok(text.includes(fact), `"${fact}" is not shown`);
        }
        assert.equal(await page.evaluate(() => !!document.querySelector('.govuk-button--start')), false, 'the app did not start');
        assert.ok(await page.evaluate(() => document.getElementById('exit-this-page').getBoundingClientRect().height > 0), 'Exit this page shows');
        await exit(page, 'shift');
        await waitForDestination(page, `Exit by Shift with ${failure}`);
      } finally {
        await page.close();
      }
    });
  }
});
