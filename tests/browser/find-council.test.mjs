// Find the council: a person types a postcode on a phone and sees the council that runs
// children's services there, with nothing sent. The postcodes and their councils come from the
// ONS Postcode Directory itself (tests/data/postcode-sample.txt, written by scripts/councils.py
// from the source, not from the table the app reads), the names from content/shared/councils.toml.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EXIT_URL, focused, launchChromium, recordRequests, routeExit, serveDist } from './harness.mjs';

const OWN_AREA = 'Hampshire';
const OWN = (index) => index.replace('<div id="signpost"', `<div id="signpost" data-social-care-phone="0300 555 1384" data-area-name="${OWN_AREA}"`);

let server;
let browser;

before(async () => {
  server = await serveDist({ '/own.html': OWN });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Council names by ONS code. */
const NAMES = Object.fromEntries(
  [...readFileSync('content/shared/councils.toml', 'utf8').matchAll(/^\[(E\d{8})\]\nname = "(.*)"$/gm)].map((m) => [m[1], m[2]]),
);

/** The sample: [postcode, ONS code or nation letter]. */
const SAMPLE = readFileSync('tests/data/postcode-sample.txt', 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split(' '));

const spaced = (postcode) => `${postcode.slice(0, -3)} ${postcode.slice(-3)}`;
const outward = (postcode) => postcode.slice(0, -3);
const sector = (postcode) => postcode.slice(0, -2);

/** The first sample postcode whose council's code starts with `prefix`. */
function first(prefix) {
  const found = SAMPLE.find(([, code]) => code.startsWith(prefix));
  assert.ok(found, `no sample postcode in ${prefix}`);
  return found;
}

/** Two sample postcodes in one sector but in different councils. */
function splitSector() {
  const bySector = new Map();
  for (const [postcode, code] of SAMPLE) {
    if (code.length === 1) continue;
    const other = bySector.get(sector(postcode));
    if (other && other[1] !== code) return [other, [postcode, code]];
    bySector.set(sector(postcode), [postcode, code]);
  }
  assert.fail('no split sector in the sample');
}

/** A page on a phone at `path`, with the postcode table fetched. */
async function open(path = '#children-social-care') {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const panics = [];
  page.on('pageerror', (error) => panics.push(error.message));
  const requests = recordRequests(page);
  const table = page.waitForResponse((response) => new URL(response.url()).pathname === '/councils.txt');
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 2, name: 'Find the council' }).waitFor();
  assert.ok((await table).ok(), 'the postcode table was served');
  await page.waitForLoadState('networkidle');
  return { context, page, requests, panics };
}

/** Types `postcode` and asks, with the keyboard; resolves to the answer's or error's text. */
async function find(page, postcode) {
  const field = page.getByLabel('Postcode', { exact: true });
  await field.fill(postcode);
  await field.press('Enter');
  const shown = page.locator('#find-council-answer, #find-council-error-summary');
  await shown.waitFor();
  return (await shown.innerText()).replace(/\s+/g, ' ').trim();
}

test('a postcode finds its council: unitary, two-tier, London, a split sector, Wales, Scotland', async () => {
  const { context, page, requests, panics } = await open();
  const loaded = requests.length;
  const entries = await page.evaluate(() => history.length);

  const cases = [
    ['a unitary council', first('E06')],
    ['a two-tier area', first('E10')],
    ['a London borough', first('E09')],
    ...splitSector().map((pair, i) => [`a split sector (${i + 1})`, pair]),
  ];
  for (const [what, [postcode, code]] of cases) {
    const answer = await find(page, postcode.toLowerCase());
    assert.ok(answer.includes(`${spaced(postcode)} is in the area of ${NAMES[code]}.`), `${what}, ${postcode}: ${answer}`);
    await page.waitForFunction(() => document.activeElement?.id === 'find-council-answer'); // focus moves to the answer
    const county = answer.includes(`${NAMES[code]} County Council runs children's social care here`);
    assert.equal(county, code.startsWith('E10'), `${what}: why a county council, and only for one`);
  }

  // The first part alone, where it spans councils: every one named, the right one among them.
  const [[postcode, code]] = splitSector();
  const several = await find(page, outward(postcode));
  assert.ok(several.includes(`Postcodes starting ${outward(postcode)} are in more than one council area:`), several);
  assert.ok(several.includes(NAMES[code]), `${outward(postcode)} leaves out ${NAMES[code]}: ${several}`);
  assert.ok(several.includes('Type the whole postcode to find which one.'));

  for (const [letter, nation] of [['W', 'Wales'], ['S', 'Scotland'], ['N', 'Northern Ireland']]) {
    const [postcode] = first(letter);
    const answer = await find(page, spaced(postcode));
    assert.ok(answer.startsWith(`${spaced(postcode)} is in ${nation}.`), `${postcode}: ${answer}`);
  }

  // Nothing was sent, kept or written while the person looked councils up.
  assert.deepEqual(requests.slice(loaded), [], 'a request after the table came');
  assert.equal(page.url(), `${server.url}#children-social-care`);
  assert.ok(!(await page.title()).match(/[A-Z]{1,2}\d/), `the title: ${await page.title()}`);
  const kept = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, history: history.length }));
  assert.deepEqual(kept, { local: 0, session: 0, history: entries });
  assert.equal(await page.getByLabel('Postcode', { exact: true }).getAttribute('name'), null, 'the field has no name a form could send');
  assert.deepEqual(panics, []);
  await context.close();
});

test('what is not a postcode gets the GOV.UK error summary and an inline error, and no answer', async () => {
  const { context, page } = await open();
  for (const [typed, error] of [
    ['', 'Enter a postcode'],
    ['12345', 'Enter a postcode in the right format, like SW1A 2AA'],
    ['<b>SW1A</b>', 'Enter a postcode in the right format, like SW1A 2AA'],
    ['ZZ9 9ZZ', 'We cannot find that postcode. Check it and try again'],
  ]) {
    const shown = await find(page, typed);
    assert.equal(shown, `There is a problem ${error}`, `${JSON.stringify(typed)}`);
    await page.waitForFunction(() => document.activeElement?.id === 'find-council-error-summary'); // focus moves to the summary
    assert.equal((await page.locator('#find-council-error').textContent()).trim(), `Error: ${error}`);
    assert.equal(await page.locator('#find-council-answer').count(), 0);
    assert.equal(await page.locator('b').count(), 0, 'typed markup is text');
  }
  // The summary's link takes focus to the field.
  await page.locator('#find-council-error-summary a').click();
  assert.equal(await focused(page), 'input#find-council-postcode');
  await context.close();
});

test("the setting's own numbers are said to be for the council found, or for another", async () => {
  const { context, page } = await open('own.html#children-social-care');
  const [inArea] = SAMPLE.find(([, code]) => NAMES[code] === OWN_AREA);
  const here = await find(page, inArea);
  assert.ok(here.includes(`The numbers above for ${OWN_AREA} are for this postcode.`), here);
  const [elsewhere, code] = first('E09');
  const there = await find(page, elsewhere);
  assert.ok(there.includes(`The numbers above are for ${OWN_AREA} only. Use ${NAMES[code]}'s instead: its website gives them.`), there);
  await context.close();
});

test('Start again, and leaving by Exit, take the postcode with them', async () => {
  const { context, page } = await open();
  const [postcode] = first('E06');
  await find(page, postcode);
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Start now' }).waitFor();
  const html = await page.content();
  assert.ok(!html.includes(postcode) && !html.includes(spaced(postcode)), 'the postcode is still in the page after Start again');

  await context.close();

  // Exit, then Back: wherever Back leads (never back into the tool: safety.test.mjs), no postcode.
  const exiting = await open();
  await routeExit(exiting.page);
  await find(exiting.page, postcode);
  await exiting.page.getByRole('button', { name: 'Emergency Exit this page' }).click();
  await exiting.page.waitForURL(EXIT_URL);
  await exiting.page.goBack();
  await exiting.page.waitForLoadState();
  const after = await exiting.page.content();
  assert.ok(!after.includes(postcode) && !after.includes(spaced(postcode)), `the postcode is in the page after Exit and Back: ${exiting.page.url()}`);
  await exiting.context.close();
});

test('if the postcode table cannot be had, the page says so and points to GOV.UK', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route((url) => url.pathname.endsWith('/councils.txt'), (route) => route.abort('internetdisconnected'));
  await page.goto(`${server.url}#children-social-care`);
  await page.getByRole('heading', { level: 2, name: 'Find the council' }).waitFor();
  await page.waitForLoadState('networkidle');
  const [postcode] = first('E06');
  const shown = await find(page, postcode);
  assert.equal(shown, "There is a problem The list of councils could not be loaded. Use GOV.UK's page below to find the council");
  await page.getByRole('link', { name: 'Report child abuse to a local council, on GOV.UK' }).waitFor();
  await context.close();
});

test("the set-up page finds the setting's council from its postcode and fills it in", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = recordRequests(page);
  await page.goto(`${server.url}#set-up`);
  const field = page.getByLabel("Or find your council from your setting's postcode");
  await field.waitFor();
  await page.waitForLoadState('networkidle');
  const loaded = requests.length;
  const [postcode, code] = first('E10');
  await field.fill(postcode);
  await field.press('Enter');
  await page.getByText(`${spaced(postcode)} is in the area of ${NAMES[code]}. We have filled it in above: check it is right.`).waitFor();
  assert.equal(await page.getByLabel('Your council area').inputValue(), NAMES[code]);
  assert.equal(await page.locator('#set-up-code').count(), 0, 'Enter found the council; it did not send the details');

  // Shown with the code, the postcode is in none of it.
  await page.getByRole('button', { name: 'Show the code' }).click();
  await page.locator('#code-frame').waitFor();
  for (const block of ['#code-frame', '#code-plain', '#code-link', '#code-attributes']) {
    const text = await page.locator(block).textContent();
    assert.ok(!text.includes(postcode) && !text.includes(spaced(postcode)), `the postcode is in ${block}`);
    assert.ok(text.includes(NAMES[code]) || text.includes(encodeURIComponent(NAMES[code])), `${block} has not the council`);
  }
  // Outside England, and malformed: said, and the area left as it was.
  const [welsh] = first('W');
  await field.fill(welsh);
  await page.getByRole('button', { name: 'Find the council' }).click();
  await page.getByText(`${spaced(welsh)} is not in England.`, { exact: false }).waitFor();
  await field.fill('12345');
  await page.getByRole('button', { name: 'Find the council' }).click();
  await page.locator('#setting-postcode-error', { hasText: 'Enter a postcode in the right format' }).waitFor();
  assert.equal(await page.getByLabel('Your council area').inputValue(), NAMES[code]);
  // The notice's flowchart is the one file the page fetches once the code shows, the same for all.
  const after = requests.slice(loaded).filter((url) => new URL(url).pathname !== '/setting-flowchart.svg');
  assert.deepEqual(after, [], 'a request after the set-up page loaded');
  await context.close();
});

test('a page that names a council and a LADO says whose postcode finds each', async () => {
  const { context, page } = await open('#tell-lado');
  for (const intro of [
    "For the council's LADO (designated officer), type the postcode of where the person works.",
    "For children's social care and its out-of-hours team, type the postcode of where the child lives.",
  ]) {
    await page.getByText(intro, { exact: true }).waitFor();
  }
  await context.close();
});
