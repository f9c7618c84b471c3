// On paper, in every engine: the next-steps sheet an outcome page prints, and a setting's wall
// notice (its procedure). Where the engine can print (Chromium and Firefox), the notice is printed
// to PDF and must fit one sheet of A4; WebKitGTK's WebDriver has no Print command, so that test
// is skipped there, with the reason. Every engine then lays the page out by its print rules,
// applied on screen (each `@media print` query made to apply and each `@media screen` one not, by
// the engine's own style engine), and the test reads what the sheet shows and leaves off: for
// WebKit, the nearest check there is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageCount } from '../browser/harness.mjs';
import { ALLEGATION, eachEngine, waitFor, waitForApp, walk } from './steps.mjs';

/** Lays the page out by its print rules, on screen, at about the width of A4 paper. */
async function layOutForPrint(page) {
  await page.setViewport(733, 1100);
  await page.evaluate(() => {
    // Each query of a list on its own: one for the screen never applies (`not all`, not `not`
    // before the query, which would turn `screen and (forced-colors: active)` around), and one
    // for print applies with its other conditions.
    const forPrint = (media) => media.split(',').map((query) => {
      const negated = /^\s*not\b/.test(query);
      if (/\bscreen\b/.test(query)) return negated ? 'all' : 'not all';
      if (/\bprint\b/.test(query)) return negated ? 'not all' : query.replace(/\bprint\b/, 'all');
      return query;
    }).join(',');
    const rewrite = (rules) => {
      for (const rule of rules) {
        if (rule.media) rule.media.mediaText = forPrint(rule.media.mediaText);
        if (rule.cssRules) rewrite(rule.cssRules);
      }
    };
    for (const sheet of document.styleSheets) rewrite(sheet.cssRules);
  });
}

/** The page's text as laid out (what is hidden is not in it). */
const laidOutText = (page) => page.evaluate(() => document.body.innerText);

const DETAILS = {
  'setting-name': 'Little Acorns Pre-School',
  'designated-lead': 'Sam Jones',
  'deputy-lead': 'Ali Khan',
  'area-name': 'Hampshire',
  'social-care-phone': '0300 555 1384',
  'out-of-hours-phone': '0300 555 1373',
  'lado-phone': '01962 876364',
  'lado-email': 'lado@example.gov.uk',
  'ofsted-urn': 'EY123456',
};

eachEngine((context) => {
  /** The set-up page with every detail typed, and the notice drawn with its flowchart. */
  async function noticeWithEveryDetail(page) {
    await page.goto(`${context.sites.tool}#set-up`);
    await waitFor(page, () => !!document.getElementById('field-setting-name'), [], { because: 'the set-up page' });
    for (const [key, value] of Object.entries(DETAILS)) await page.type(`#field-${key}`, value);
    await page.click('form button[type="submit"]');
    await waitFor(page, () => document.querySelector('.signpost-procedure img')?.naturalWidth > 0, [], { because: 'the notice and its flowchart' });
  }

  const cannotPrint = context.engine.can.print ? {} : { skip: `${context.engine.name}'s WebDriver has no Print command here; the next test lays the notice out by its print rules instead` };
  test("a setting's wall notice prints on one sheet of A4", cannotPrint, async () => {
    const page = await context.browser.newPage();
    try {
      await noticeWithEveryDetail(page);
      const pdf = await page.pdf();
      assert.equal(pageCount(pdf), 1, `the notice prints on ${pageCount(pdf)} sheets`);
    } finally {
      await page.close();
    }
  });

  test("a setting's wall notice, laid out by its print rules, has its contacts in order and nothing of the page around it", async () => {
    const page = await context.browser.newPage();
    try {
      await noticeWithEveryDetail(page);
      await layOutForPrint(page);
      const printed = await laidOutText(page);
      for (const words of ['Little Acorns Pre-School: our safeguarding procedure', 'Call 999', ...Object.values(DETAILS)]) {
        assert.ok(printed.includes(words), `the notice has "${words}"`);
      }
      for (const left of ['Show the code', 'Exit this page', 'Print your safeguarding procedure']) {
        assert.ok(!printed.includes(left), `"${left}" is not printed`);
      }
      const layout = await page.evaluate(() => {
        const section = document.querySelector('.signpost-procedure');
        const top = (selector) => section.querySelector(selector).getBoundingClientRect().top;
        return {
          order: ['.signpost-procedure__danger', '.signpost-procedure__contacts', '.signpost-procedure__steps', '.signpost-flowchart'].map(top),
          broken: [...section.querySelectorAll('.signpost-nowrap')].filter((number) => number.getClientRects().length > 1).map((number) => number.textContent),
        };
      });
      assert.deepEqual([...layout.order].sort((a, b) => a - b), layout.order, '999 and the contacts, then the steps, then the flowchart');
      assert.deepEqual(layout.broken, [], 'no number is broken across lines');
    } finally {
      await page.close();
    }
  });

  test('the next-steps sheet, laid out by its print rules, has the steps to tick, the notes and the record, and none of the page\'s controls', async () => {
    const page = await context.browser.newPage();
    try {
      await page.goto(context.sites.tool);
      await waitForApp(page);
      await walk(page, ALLEGATION, 'setting');
      await waitFor(page, () => !!document.getElementById('next-steps-notes'), [], { because: 'the next steps and their notes' });
      await page.type('#next-steps-notes', 'Parent told Jo at 8.50, room 2');
      await layOutForPrint(page);
      const printed = await laidOutText(page);
      for (const words of ['Parent told Jo at 8.50, room 2', 'Decisions made, and the reasons for them']) {
        assert.ok(printed.includes(words), `the sheet has "${words}"`);
      }
      for (const left of ['Exit this page', 'Print your next steps', 'Save as a text file', 'Start again']) {
        assert.ok(!printed.includes(left), `"${left}" is not printed`);
      }
      const sheet = await page.evaluate(() => ({
        notesField: document.getElementById('next-steps-notes').getClientRects().length,
        ticks: [...document.querySelectorAll('.signpost-steps li')].map((li) => getComputedStyle(li, '::before').content),
      }));
      assert.equal(sheet.notesField, 0, 'the notes print as text, not in their box');
      assert.ok(sheet.ticks.length > 0 && sheet.ticks.every((tick) => tick.includes('\u2610')), `each step prints with a box to tick: ${sheet.ticks}`);
    } finally {
      await page.close();
    }
  });
});
