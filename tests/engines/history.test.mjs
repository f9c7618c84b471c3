// Back, Forward, the in-app Back link, Start again, Change and reloading, in every engine,
// compared move by move with the history model of tests/history.rs: the model writes its walks
// to tests/snapshots/history-walks.txt (together they make every pair of moves a person can make
// one after the other), with the page each move shows, the number its history entry carries,
// whether the Back link shows, and the answer already chosen; here each walk is replayed in a
// fresh tab and every page compared with the model's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { clickText, eachEngine, sleep, snapshotHeading, startFlow } from './steps.mjs';

/** The model's walks: where each opens the tool, and each move with the page it shows. */
function walks() {
  const file = fileURLToPath(new URL('../snapshots/history-walks.txt', import.meta.url));
  const found = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (line.startsWith('walk ')) {
      found.push({ opened: line.slice('walk '.length), moves: [] });
      continue;
    }
    const [move, actsOn, page, entry, back, chosen] = line.split(' ');
    const [kind, id = kind] = page.split(':');
    found.at(-1).moves.push({
      move,
      actsOn,
      expected: {
        heading: snapshotHeading(id),
        entry: Number(entry.slice('entry='.length)),
        back: back === 'back=yes',
        chosen: chosen.slice('chosen='.length),
        // An outcome opened from a link offers its questions; one reached by answering them
        // lists the answers.
        offered: kind === 'linked',
        // An outcome's next steps are drawn a frame after its heading: waiting for them means
        // the page is whole, so nothing moves under the next click.
        nextSteps: kind === 'outcome' || kind === 'linked',
      },
    });
  }
  return found;
}

/** What the tab shows of what the model predicts. */
const onShow = (page) => page.evaluate(() => {
  const shown = (element) => element.getClientRects().length > 0;
  return {
    heading: document.getElementById('page-heading')?.textContent ?? null,
    entry: history.state,
    back: [...document.querySelectorAll('.govuk-back-link')].some(shown),
    chosen: document.querySelector('input[name="answer"]:checked')?.value ?? '-',
    offered: [...document.querySelectorAll('button')].some((button) => shown(button) && button.textContent.trim() === 'Answer the questions'),
    nextSteps: !!document.getElementById('next-steps-heading'),
    reloaded: !window.signpostWalkBeforeReload,
  };
});

/** Makes `move` as a person would. */
async function make(page, { move, actsOn }) {
  switch (move) {
    case 'continue':
      if (actsOn === 'public') return startFlow(page, 'public');
      await page.click(`#answer-${actsOn}`);
      return page.click('form button.govuk-button');
    case 'change':
      // The model changes the first answer: its row is the first.
      return page.click('.govuk-summary-list__actions a');
    case 'start-again':
      return clickText(page, 'Start again', 'button');
    case 'answer-the-questions':
      return clickText(page, 'Answer the questions', 'button');
    case 'back-link':
      return page.click('a.govuk-back-link');
    case 'reload':
      // Marks the document, so that the new one is told from it even where it shows the same.
      await page.evaluate(() => { window.signpostWalkBeforeReload = true; });
      return page.reload();
    case 'back':
    case 'forward':
      return page[move]();
    default:
      throw new Error(`the model's walk has a move this test does not know: ${move}`);
  }
}

/** Waits until the tab shows what the model predicts, and fails with both when it does not. */
async function assertShows(page, expected, because) {
  const deadline = Date.now() + 10000;
  let last;
  for (;;) {
    try {
      last = await onShow(page);
    } catch (error) {
      last = { error: error.message };
    }
    const { reloaded, ...rest } = last;
    if (reloaded && isDeepStrictEqual(rest, expected)) return;
    if (Date.now() > deadline) {
      assert.ok(reloaded, `${because}: the page was not reloaded`);
      assert.deepStrictEqual(rest, expected, `${because}: the tab does not show what the model predicts`);
    }
    await sleep(50);
  }
}

eachEngine((context) => {
  for (const { opened, moves } of walks()) {
    test(`history walk from ${opened === '#' ? 'the start page' : opened} (${moves.length - 1} moves) shows what the model predicts`, async () => {
      const page = await context.browser.newPage();
      try {
        await page.goto(context.sites.tool + (opened === '#' ? '' : opened));
        const taken = [];
        for (const step of moves) {
          taken.push(`${step.move} ${step.actsOn}`);
          if (step.move !== 'open') {
            await make(page, step).catch((error) => {
              throw new Error(`after ${taken.join(', ')}: ${error.message}`);
            });
          }
          await assertShows(page, step.expected, `after ${taken.join(', ')}`);
        }
      } finally {
        await page.close();
      }
    });
  }
});
