// Settings and professionals in a real browser: a setting's own page configuring its contacts
// (well and badly), the settings' checks, and the printable "Your next steps" sheet.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ALLEGATION, clickToNextPage, launchChromium, serveDist, waitForApp, walk } from './harness.mjs';

/** A setting's page: the built index.html with its contacts on the mount element. */
const withAttributes = (attributes) => (index) =>
  index.replace('<div id="signpost"', `<div id="signpost" ${attributes}`);

const GOOD = withAttributes(
  'data-setting-name="Little Acorns Pre-School" data-designated-lead="Sam Jones" ' +
    'data-deputy-lead="Ali Khan" data-social-care-phone="0300 555 1384" ' +
    'data-out-of-hours-phone="0300 555 1373" data-lado-phone="01962 876364" ' +
    'data-lado-email="lado@example.gov.uk" data-ofsted-urn="EY123456" data-area-name="Hampshire"',
);
const BAD = withAttributes('data-lado-phnoe="01962 876364" data-social-care-phone="call the council"');

let server;
let browser;

before(async () => {
  server = await serveDist({ '/good.html': GOOD, '/bad.html': BAD });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});


async function openPage(path) {
  const page = await browser.newPage();
  const consoleErrors = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  await page.goto(new URL(path, server.url).href);
  await waitForApp(page);
  return { page, consoleErrors };
}

test("a setting's own contacts show for their area, beside the route for a child who lives elsewhere", async () => {
  const { page, consoleErrors } = await openPage('good.html');
  await walk(page, ALLEGATION, 'setting');
  await page.getByRole('heading', { level: 1, name: /LADO/ }).waitFor();
  const main = await page.locator('main').innerText();
  assert.match(main, /Your designated safeguarding lead: Sam Jones/);
  assert.match(main, /your deputy, Ali Khan/);
  assert.ok(await page.locator('a[href="tel:01962876364"]').first().isVisible(), 'the LADO number is tappable');
  assert.ok(await page.locator('a[href="mailto:lado@example.gov.uk"]').first().isVisible());
  assert.match(main, /Little Acorns Pre-School's Ofsted URN \(unique reference number\) is EY123456/);

  await clickToNextPage(page, page.getByRole('button', { name: 'Start again' }));
  await walk(page, [['immediate-danger', 'no'], ['who-are-you', 'someone-else'], ['what-is-the-worry', 'harm-by-family-or-other']]);
  assert.ok(await page.locator('a[href="tel:03005551384"]').first().isVisible(), "the council's number is tappable");
  const publicPage = await page.locator('main').innerText();
  assert.match(publicPage, /Children's social care for Hampshire/, 'the number is labelled with its area');
  assert.match(publicPage, /The council's website gives the number/, 'the route for a child elsewhere stays');
  assert.doesNotMatch(publicPage, /EY123456/, "the setting's URN is for its own pages only");
  assert.deepEqual(consoleErrors, []);
  assert.equal(await page.locator('.signpost-configuration-notice').count(), 0);
  await page.close();
});

test('a bad configuration never blanks the widget: generic guidance, and the bad keys named for the owner', async () => {
  const { page, consoleErrors } = await openPage('bad.html');
  assert.ok(consoleErrors.some((text) => text.includes('`data-lado-phnoe` is not a setting Signpost knows')), consoleErrors.join('\n'));
  assert.ok(consoleErrors.some((text) => text.includes('`data-social-care-phone` is "call the council"')), consoleErrors.join('\n'));
  const notice = page.locator('.signpost-configuration-notice');
  assert.equal(await notice.count(), 1);
  assert.equal(await notice.isVisible(), false, 'the notice is hidden from the public');
  assert.match(await notice.textContent(), /data-lado-phnoe/);

  await walk(page, [['immediate-danger', 'no'], ['who-are-you', 'someone-else'], ['what-is-the-worry', 'harm-by-family-or-other']]);
  assert.match(await page.locator('main').innerText(), /The council's website gives the number/);
  await page.close();
});

test('the settings checks open from an allegation outcome, and Back returns to it', async () => {
  const { page } = await openPage('');
  await walk(page, ALLEGATION, 'setting');
  await clickToNextPage(page, page.getByRole('link', { name: "Which council's LADO is responsible" }));
  // E8: a practitioner placed by an agency: the LADO where they work, with 002's rule quoted.
  await page.locator('#answer-agency-staff').check();
  await clickToNextPage(page, page.getByRole('button', { name: 'Continue' }));
  assert.equal(await page.locator('#page-heading').textContent(), 'The LADO where the person works is responsible');
  await page.getByText('The guidance behind this advice').click();
  // The quotations are built just after the page is drawn: wait for them.
  await page.getByText(/For staff who are contracted with agencies/).waitFor();

  await page.goBack();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /LADO/ }).filter({ hasText: 'Report' }).waitFor();
  assert.equal(await page.locator('.govuk-summary-list__row').count(), ALLEGATION.length, 'the answers are still there');

  await clickToNextPage(page, page.getByRole('link', { name: 'What the outcomes of an allegation investigation mean' }));
  const glossary = await page.locator('main').innerText();
  for (const term of ['Substantiated', 'False', 'Malicious', 'Unsubstantiated', 'Unfounded']) {
    assert.match(glossary, new RegExp(term, 'i'));
  }
  // Each term's quotations, fetched with the outcome pages' advice, as the page snapshot has them.
  const details = page.locator('details.govuk-details');
  await details.first().waitFor();
  assert.equal(await details.count(), 5, 'each term cites the guidance');
  await details.first().locator('summary').click();
  const snapshot = await readFile(new URL('../snapshots/pages/glossary.txt', import.meta.url), 'utf8');
  const substantiated = snapshot.split(/^## /m).find((section) => section.startsWith('Substantiated\n'));
  const quotations = substantiated.split('▸ The guidance behind this advice')[1]
    .split('\n').map((line) => line.trim()).filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2).replace(/: "(.*)"$/, ': $1'));
  assert.deepEqual(await details.first().locator('li').allInnerTexts(), quotations);
  await page.close();
});

test('the next-steps sheet prints as a checklist with notes and a record, and saves as text', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(new URL('good.html', server.url).href);
  await waitForApp(page);
  await walk(page, ALLEGATION, 'setting');
  await page.getByLabel('Your notes (optional)').fill('Parent told Jo at 8.50, room 2');

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#exit-this-page').isVisible(), false, 'no exit button on paper');
  assert.equal(await page.getByRole('button', { name: 'Print your next steps' }).isVisible(), false);
  assert.equal(await page.getByLabel('Your notes (optional)').isVisible(), false);
  assert.ok(await page.getByText('Parent told Jo at 8.50, room 2').isVisible(), 'the notes are on the sheet');
  assert.ok(await page.getByText('Decisions made, and the reasons for them').isVisible(), 'the record template is on the sheet');
  const tick = await page.locator('.signpost-steps li').first().evaluate((li) => getComputedStyle(li, '::before').content);
  assert.match(tick, /\u2610/, 'each step prints with a box to tick');
  // How current the advice is, on paper and in the saved file: the dates the page's snapshot has.
  const snapshot = await readFile(new URL('../snapshots/pages/report-to-lado.txt', import.meta.url), 'utf8');
  const reviewed = snapshot.split('\n').filter((line) => /^(Page last reviewed|Next review due): /.test(line));
  assert.equal(reviewed.length, 2, 'the page has both dates');
  for (const line of reviewed) {
    assert.ok(await page.getByText(line).isVisible(), `the sheet prints "${line}"`);
  }
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.getByText('Decisions made, and the reasons for them').isVisible(), false);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as a text file' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'next-steps.txt');
  const text = await readFile(await file.path(), 'utf8');
  assert.match(text, /^Your next steps/);
  assert.match(text, /\[ \] /);
  assert.match(text, /01962 876364/);
  assert.match(text, /Parent told Jo at 8\.50, room 2/);
  for (const line of reviewed) {
    assert.ok(text.includes(line), `the saved file says "${line}"`);
  }

  // The notes go with the page.
  await clickToNextPage(page, page.getByRole('button', { name: 'Start again' }));
  await walk(page, ALLEGATION, 'setting');
  assert.equal(await page.getByLabel('Your notes (optional)').inputValue(), '');
  await context.close();
});

test("out of hours, an allegation's page links on to the allegation steps for the next working day", async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}#out-of-hours`);
  await page.getByRole('heading', { level: 1, name: 'Contact the emergency out-of-hours team or the police now' }).waitFor();
  await clickToNextPage(page, page.getByRole('link', { name: 'Report the allegation to the LADO today' }));
  await page.getByRole('heading', { level: 1, name: 'Report the allegation to the LADO today' }).waitFor();
  assert.ok(await page.getByText('within 14 days at the latest').first().isVisible(), 'the Ofsted duty is there');
  await page.close();
});
