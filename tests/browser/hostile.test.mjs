// Bad input never breaks the tool or runs: hostile URL fragments, and hostile values in a host
// page's data- attributes. Each is shown as text or left out with the notice, never as markup or
// a link that runs script, and the widget always shows a page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ALLEGATION, answerEach, launchChromium, serveDist, waitForApp, walk } from './harness.mjs';

const LONG = 'A'.repeat(10_000);

/** Each attribute and value a hostile or careless host page might set. */
const HOSTILE = {
  'setting-name': '<img src=x onerror="window.ran=1">Acorns',
  'designated-lead': '<script>window.ran=1</script>Sam',
  'deputy-lead': '" onmouseover="window.ran=1',
  'area-name': LONG,
  'lado-email': 'javascript:window.ran=1//@example.gov.uk',
  'lado-phone': 'data:text/html,<script>window.ran=1</script>',
  'social-care-phone': '0300 CALL NOW',
  'out-of-hours-phone': `0300 555 1373${'9'.repeat(20)}`,
  'ofsted-urn': 'EY<b>1</b>',
};
const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const HOST = (index) => index.replace(
  '<div id="signpost"',
  `<div id="signpost" ${Object.entries(HOSTILE).map(([key, value]) => `data-${key}="${escapeAttribute(value)}"`).join(' ')}`,
);

let server;
let browser;

/** A setting's own page, with its own LADO number on the mount element. */
const OWN = (index) => index.replace('<div id="signpost"', '<div id="signpost" data-lado-phone="01962 876364" data-area-name="Hampshire"');

before(async () => {
  server = await serveDist({ '/hostile.html': HOST, '/own.html': OWN });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records anything that runs or fails. */
async function watchedPage() {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => { problems.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  return { page, problems };
}

/** Nothing ran, and nothing in the widget is markup or a link that could run. */
async function assertNothingRan(page, because) {
  const found = await page.evaluate(() => ({
    ran: window.ran ?? null,
    markup: document.querySelectorAll('#signpost img, #signpost script, #signpost b, #signpost [onmouseover], #signpost [onerror]').length,
    links: [...document.querySelectorAll('#signpost a[href]')]
      .map((link) => link.getAttribute('href'))
      .filter((href) => !/^(#|tel:|mailto:|https:)/.test(href)),
  }));
  assert.deepEqual(found, { ran: null, markup: 0, links: [] }, because);
}

const START = "Find out who to tell if you're worried about a child";
const FRAGMENTS = {
  '#nonsense': START,
  '#': START,
  [`#${LONG}`]: START,
  '#contact%2Dofsted': START,
  '#%F0%9F%98%80': START,
  '#😀': START,
  '#javascript:window.ran=1': START,
  '#<img src=x onerror="window.ran=1">': START,
  '#staying-safe': START,
  '#contact-ofsted': 'Contact Ofsted',
  '#which-lado': null,
};

test('every hostile or mistaken URL fragment opens the start page or the page it names', async () => {
  const { page, problems } = await watchedPage();
  for (const [fragment, heading] of Object.entries(FRAGMENTS)) {
    await page.goto('about:blank');
    await page.goto(`${server.url}${fragment}`);
    await page.locator('#page-heading').waitFor({ state: 'attached' });
    const shown = await page.locator('#page-heading').textContent();
    if (heading) assert.equal(shown, heading, `${fragment.slice(0, 40)}`);
    else assert.ok(shown.length > 0, `${fragment}: a question shows`);
    await assertNothingRan(page, fragment.slice(0, 40));
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('the fragment changed again and again, hostile values among them, leaves the page the last one names', async () => {
  const { page, problems } = await watchedPage();
  await page.goto(server.url);
  await waitForApp(page);
  await walk(page, [['immediate-danger', 'no']]);
  for (let round = 0; round < 3; round += 1) {
    for (const fragment of Object.keys(FRAGMENTS)) {
      await page.evaluate((hash) => { window.location.hash = hash; }, fragment);
    }
  }
  await page.evaluate(() => { window.location.hash = '#contact-ofsted'; });
  await page.getByRole('heading', { level: 1, name: 'Contact Ofsted' }).waitFor();
  await assertNothingRan(page, 'after many changes');
  assert.deepEqual(problems, []);
  await page.close();
});

test('hostile data- values are shown as text or left out with the notice, never as markup or script', async () => {
  const { page, problems } = await watchedPage();
  const consoleErrors = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  await page.goto(new URL('hostile.html', server.url).href);
  await waitForApp(page);
  await assertNothingRan(page, 'start page');

  await walk(page, ALLEGATION, 'setting');
  await page.getByRole('heading', { level: 1, name: /LADO/ }).waitFor();
  await page.locator('.govuk-summary-list').hover();
  await assertNothingRan(page, 'an allegation outcome');
  const main = await page.locator('main').innerText();
  assert.doesNotMatch(main, /window\.ran|onmouseover/, 'a name with markup in it is left out');
  assert.doesNotMatch(main, /AAAAAAAAAA/, 'a 10,000-character value is left out');
  assert.doesNotMatch(main, /EY<b>1/, 'a URN that is not one is left out');

  const notice = await page.locator('.signpost-configuration-notice').textContent();
  for (const key of Object.keys(HOSTILE)) {
    assert.ok(notice.includes(`data-${key}`), `the notice names data-${key}`);
    assert.ok(consoleErrors.some((error) => error.includes(`data-${key}`)), `the console names data-${key}`);
  }
  const width = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  assert.ok(width, 'nothing scrolls sideways');
  assert.deepEqual(problems, []);
  await page.close();
});

test("a link to a setting's own page cannot put other numbers on it", async () => {
  const { page, problems } = await watchedPage();
  await page.goto(new URL('own.html?lado-phone=07700%20900000&designated-lead=Someone%20Else', server.url).href);
  await waitForApp(page);
  await walk(page, ALLEGATION, 'setting');
  const main = await page.locator('main').innerText();
  assert.match(main, /01962 876364/, "the setting's own number shows");
  assert.doesNotMatch(main, /07700 900000|Someone Else/, "the address's values are ignored");
  assert.deepEqual(problems, []);
  await page.close();
});

test("hostile values in a staff link's address are shown as text or left out with the notice", async () => {
  const { page, problems } = await watchedPage();
  const query = new URLSearchParams(HOSTILE).toString();
  await page.goto(`${server.url}#setting&${query}`);
  await page.getByRole('heading', { level: 1, name: 'Is a child in danger right now?' }).waitFor();
  await answerEach(page, ALLEGATION);
  await page.getByRole('heading', { level: 1, name: /LADO/ }).waitFor();
  await assertNothingRan(page, 'values from the address');
  const notice = await page.locator('.signpost-configuration-notice').textContent();
  for (const key of Object.keys(HOSTILE)) {
    assert.ok(notice.includes(`data-${key}`), `the notice names ${key}`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('a huge number left in the history entry by another script is ignored', async () => {
  const { page, problems } = await watchedPage();
  await page.addInitScript(() => window.history.replaceState(1e9, ''));
  await page.goto(server.url);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.history.state), 0, 'the entry is the tool\'s first');
  assert.deepEqual(problems, []);
  await page.close();
});

// Security review H1: anyone can make a link to Signpost with numbers in its address. A link
// gives details only to the setting's questions (#setting&..., the staff link the set-up page
// makes), and even there they come after the general route, saying who gave them.
test("numbers in a link's address reach only the setting's questions, after the general route, saying who gave them", async () => {
  const { page, problems } = await watchedPage();
  const given = 'social-care-phone=0300%20555%201384&lado-phone=01962%20876364&area-name=Leeds';
  // Each address a fresh page: a change of fragment alone would not load it again.
  const open = async (address) => {
    await page.goto('about:blank');
    await page.goto(`${server.url}${address}`);
  };
  for (const address of [`?${given}#children-social-care`, `#children-social-care&${given}`, `?${given}#report-to-lado`, `#report-to-lado&${given}`]) {
    await open(address);
    await page.locator('#page-heading').waitFor();
    const main = await page.locator('main').innerText();
    assert.doesNotMatch(main, /0300 555 1384|01962 876364|for Leeds/, `${address}: none of the link's numbers`);
    const notice = await page.locator('.signpost-configuration-notice').textContent();
    assert.match(notice, /a link gives details only to the setting's questions/, `${address}: the notice says why`);
  }

  await open(`#setting&${given}`);
  await page.getByRole('heading', { level: 1, name: 'Is a child in danger right now?' }).waitFor();
  await answerEach(page, ALLEGATION);
  await page.getByRole('heading', { level: 1, name: 'Report the allegation to the LADO today' }).waitFor();
  const main = await page.locator('main').innerText();
  assert.match(main, /The LADO for Leeds/, "the setting's questions show them, for their council");
  assert.match(main, /given by the link you followed, not by Signpost, and Signpost has not checked it/);
  assert.ok(
    main.indexOf('The LADO for the area where the person works') < main.indexOf('The LADO for Leeds'),
    'the general route comes first',
  );

  // The review's own values: a mobile, a satellite line, a label that is not a council, a
  // hidden copy of an email.
  const hostile = new URLSearchParams({
    'social-care-phone': '07700 900123',
    'out-of-hours-phone': '+882 1234 5678',
    'area-name': 'England. This is the national line: call it first',
    'lado-email': 'lado@leeds.gov.uk?bcc=safeguarding%40evil.example',
  }).toString();
  await open(`#setting&${hostile}`);
  await page.getByRole('heading', { level: 1, name: 'Is a child in danger right now?' }).waitFor();
  const notice = await page.locator('.signpost-configuration-notice').textContent();
  for (const key of ['social-care-phone', 'out-of-hours-phone', 'area-name', 'lado-email']) {
    assert.ok(notice.includes(`data-${key}`), `the notice names ${key}`);
  }
  assert.doesNotMatch(await page.locator('main').innerText(), /07700|882|national line|bcc|evil/, 'none of them is shown');
  assert.deepEqual(problems, []);
  await page.close();
});
