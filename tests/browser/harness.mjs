// What every browser test needs: the release build in dist/ served from 127.0.0.1 as a static
// host would, and Chromium (Debian's, or CHROMIUM_PATH) driven by playwright-core.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

// SIGNPOST_DIST serves another build (it must end with a slash); the default is the project's.
const dist = process.env.SIGNPOST_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The headers the build asks a static host to send (dist/_headers, written by scripts/csp.mjs). */
function hostHeaders() {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return {};
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2)),
  );
}

/** Serves dist/ on a free port of 127.0.0.1, with dist/_headers, as a static host would;
 * resolves to { url, close }. `hostPages` maps a path to a function that makes a host's own page
 * from the built index.html, as a setting embedding the widget would. A setting's site that only
 * frames Signpost sends its own headers, not Signpost's: `{ headersOnHostPages: false }`. */
export async function serveDist(hostPages = {}, { headersOnHostPages = true } = {}) {
  const headers = hostHeaders();
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    if (hostPages[path]) {
      const index = await readFile(join(dist, 'index.html'), 'utf8');
      response.writeHead(200, { ...(headersOnHostPages ? headers : {}), 'content-type': types['.html'] });
      response.end(hostPages[path](index));
      return;
    }
    const file = normalize(join(dist, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** The flags Debian's Chromium needs on this closed network, for every launch (the browser tests'
 * and the benchmark's Lighthouse). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to drive: the one CHROMIUM_PATH names, else Debian's (scripts/install.sh). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Launches Chromium headless, with the flags this closed network needs. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** Every address `page` asks for from now on, in order, for a test of what the page fetches. */
export function recordRequests(page) {
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  return requests;
}

/** Waits until the app has replaced the static guidance with its start page. */
export async function waitForApp(page) {
  await page.getByRole('button', { name: 'Start now' }).waitFor();
}

/** The element that has focus, described as "tag#id" so a failure says where focus went. */
export function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return `${element.tagName.toLowerCase()}#${element.id}`;
  });
}

/** Where Exit this page goes by default. Tests answer it with a local page, so nothing leaves
 * this machine. */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Answers the exit destination with a small neutral page. */
export async function routeExit(page) {
  await page.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>BBC Weather</title><p>Weather</p>' }),
  );
}

/** Session history as the browser keeps it, with each entry's URL and title. */
export async function navigationHistory(page) {
  const cdp = await page.context().newCDPSession(page);
  const { entries, currentIndex } = await cdp.send('Page.getNavigationHistory');
  await cdp.detach();
  return { entries: entries.map(({ url, title }) => ({ url, title })), currentIndex };
}

export async function pressShift(page, times) {
  for (let i = 0; i < times; i += 1) await page.keyboard.press('Shift');
}

/** Every path through every flow, from the committed snapshot that `cargo test` keeps true:
 * [{ flow, answers: [[question, answer], ...], outcome }]. */
export function allPaths() {
  const file = fileURLToPath(new URL('../snapshots/paths.txt', import.meta.url));
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.includes(' -> '))
    .map((line) => {
      const [answers, outcome] = line.split(' -> ');
      const tokens = answers.trim().split(' ');
      const flow = tokens[0].includes('=') ? 'public' : tokens.shift().replace(/:$/, '');
      return { flow, answers: tokens.map((token) => token.split('=')), outcome: outcome.trim() };
    });
}

/** A setting's answers to an allegation made within office hours and not yet reported: the
 * journey to the LADO outcome, where a setting's own contacts show. */
export const ALLEGATION = [['immediate-danger', 'no'], ['setting-concern', 'allegation'], ['outside-office-hours', 'no'], ['reported-in-setting', 'not-yet']];

/** How a person begins each flow from the start page (`page` may be a frame's locator). */
export const STARTS = {
  public: (page) => page.getByRole('button', { name: 'Start now' }),
  setting: (page) => page.getByRole('button', { name: /work or volunteer with children/ }),
  professional: (page) => page.getByRole('button', { name: /receive information about children/ }),
  'which-lado': (page) => page.getByRole('link', { name: "Which council's LADO is responsible" }),
  'dbs-referral': (page) => page.getByRole('link', { name: /Disclosure and Barring Service/ }),
};

/** From the start page, begins `flow` as a person would. */
export async function startFlow(page, flow) {
  const start = STARTS[flow];
  if (!start) throw new Error(`no way to start the flow "${flow}" from the start page`);
  await clickToNextPage(page, start(page));
}

/** Clicks `target` and waits until the page's heading is a new one. */
export async function clickToNextPage(page, target) {
  const before = await page.evaluate(() => document.getElementById('page-heading')?.textContent);
  await target.click();
  await page.waitForFunction(
    (old) => document.getElementById('page-heading')?.textContent !== old,
    before,
  );
}

/** From the start page, begins `flow` and answers each question with a click on its radio and
 * Continue. */
export async function walk(page, answers, flow = 'public') {
  await startFlow(page, flow);
  await answerEach(page, answers);
}

/** From the question shown, answers each with a click on its radio and Continue. */
export async function answerEach(page, answers) {
  for (const [, answer] of answers) {
    await page.locator(`#answer-${answer}`).check();
    await clickToNextPage(page, page.getByRole('button', { name: 'Continue' }));
  }
}

/** The number of pages in a PDF: its page objects, counted in the file and in its compressed
 * streams (Firefox keeps them in object streams). */
export function pageCount(pdf) {
  const file = Buffer.from(pdf);
  const parts = [file.toString('latin1')];
  for (let at = file.indexOf('stream'); at >= 0; at = file.indexOf('stream', at)) {
    let from = at + 'stream'.length;
    if (file[from] === 0x0d) from += 1;
    if (file[from] === 0x0a) from += 1;
    const end = file.indexOf('endstream', from);
    if (end < 0) break;
    try {
      parts.push(inflateSync(file.subarray(from, end), { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1'));
    } catch {
      // Not compressed, or not by Flate: its text is in the file's already.
    }
    at = end + 'endstream'.length;
  }
  return (parts.join('\n').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
