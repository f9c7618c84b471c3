// Measures what Signpost costs a person on a slow phone, beside a bare Yew "hello world" built the
// same way (bench/hello-yew), and prints the figures as Markdown tables:
//   1. the bytes of every file the first screen fetches, raw, gzip and brotli, and of what the
//      page fetches after it whatever the journey (Signpost's outcome advice);
//   2. in headless Chromium with a 4x CPU slowdown and Lighthouse's "Slow 4G" network: first
//      and largest contentful paint, as the browser reports them, when the first question can
//      be answered ("Start now" is there to click), and how long each click in a whole public
//      journey takes to paint the next page, with the nodes each click adds and the app's own
//      marks of where its time goes (reduce, render, waiting for the effects, effects);
//   3. Lighthouse's mobile scores and LCP.
// Run by scripts/bench.sh, which installs and builds first. It only reports: nothing here is a
// pass or fail, because timings on a shared 2-core machine vary from run to run.
//
// BENCH_RUNS (default 7) sets the browser runs per build, BENCH_LIGHTHOUSE_RUNS (default 5) the
// Lighthouse runs per build; BENCH_LIGHTHOUSE=0 skips Lighthouse.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, allPaths, launchChromium } from '../tests/browser/harness.mjs';
import { brotli } from './precompress.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const WITH_LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';

// Lighthouse's mobile preset: a mid-range phone is taken to be 4x slower than this machine, on
// "Slow 4G" (150 ms round trip, 1.6 Mbps down, 750 Kbps up), given to the DevTools protocol in
// bytes per second as Lighthouse's own DevTools throttling does.
const CPU_SLOWDOWN = 4;
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1600 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

// The browser tests' flags (tests/browser/harness.mjs), for Lighthouse's own launch.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/** The two builds compared; each walks its own journey of six clicks. */
const BUILDS = [
  // SIGNPOST_DIST measures another build (an earlier commit's, say), as the browser tests do.
  { name: 'Signpost', dir: process.env.SIGNPOST_DIST ?? join(ROOT, 'dist'), journey: signpostJourney() },
  { name: 'hello Yew', dir: join(ROOT, 'bench/hello-yew/dist'), journey: helloJourney() },
];

// ---------------------------------------------------------------------------------------------
// A static host: the build's files, precompressed copies chosen by Accept-Encoding.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
};

/** The headers the build asks a static host to send with every file (dist/_headers). */
function hostHeaders(dir) {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return {};
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2)),
  );
}

/** Whether an Accept-Encoding header accepts `coding` (named, or by `*`, with q above 0). */
function accepts(acceptEncoding, coding) {
  const offers = (acceptEncoding ?? '').split(',').map((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return { name, q: q ? Number(q.slice(2)) : 1 };
  });
  const offer = offers.find((o) => o.name === coding) ?? offers.find((o) => o.name === '*');
  return offer !== undefined && offer.q > 0;
}

/** The file to send for `file`: its .br copy if the client takes brotli, else its .gz copy if
 * it takes gzip, else the file itself, as a host serving precompressed files does. */
function chooseEncoding(file, acceptEncoding) {
  for (const [coding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (accepts(acceptEncoding, coding) && existsSync(file + suffix)) return { coding, path: file + suffix };
  }
  return { coding: null, path: file };
}

/** Serves `dir` on a free port of 127.0.0.1; resolves to { url, close }. */
async function serveStatic(dir) {
  const headers = hostHeaders(dir);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const { coding, path: sent } = chooseEncoding(file, request.headers['accept-encoding']);
    const body = await readFile(sent);
    response.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      // Caches must keep the brotli and the plain copy apart.
      vary: 'Accept-Encoding',
      ...(coding ? { 'content-encoding': coding } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

// ---------------------------------------------------------------------------------------------
// Measurements in the page. This script runs in every document before the page's own scripts,
// so its clocks are the page's own (performance.now() counts from navigation start), and nothing
// from outside the page (the protocol's round trips, Playwright's waiting) is in the figures.

const PAGE_PROBE = () => {
  const headingText = () => document.getElementById('page-heading')?.textContent;
  const startButton = () =>
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith('Start now'));

  // The first question can be answered once the app's "Start now" button is in the page,
  // enabled and laid out (the static guidance has none); the app listens for clicks from then.
  const ready = new Promise((resolve) => {
    const check = () => {
      const button = startButton();
      if (button && !button.disabled && button.getBoundingClientRect().width > 0) {
        observer.disconnect();
        resolve(performance.now());
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
  });

  const firstContentfulPaint = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
  });

  // The browser's own largest contentful paint: the last candidate it reported before the first
  // click (it reports no more after input). Lighthouse simulates its LCP from a load without
  // throttling instead (docs/measuring.md).
  let largestPaint = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) largestPaint = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const largestContentfulPaint = () => largestPaint;

  // The time of the last click, as the browser stamped the event (so any wait before the page's
  // script could run counts too).
  let clickedAt = null;
  addEventListener(
    'click',
    (event) => {
      const now = performance.now();
      clickedAt = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
    },
    true,
  );

  // Resolves after the frame that shows the new heading: requestAnimationFrame runs just before
  // that frame is drawn, and a message posted from it is handled once the frame is done.
  const afterNextPaint = (beforeFrame = () => {}) =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        beforeFrame();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  /** Adds `node` and every node in its subtree to `into`: what the page built. A node added
   * and then given children is recorded twice by the observer, so a set counts each once. */
  const collect = (node, into) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ALL);
    into.add(node);
    while (walker.nextNode()) into.add(walker.currentNode);
  };

  /** The app's marks of one click's work (src/app/mod.rs and browser.rs), in milliseconds:
   * reducing the action to the new state (the mark is in the click's handler); rendering the new
   * page, until its heading is in the page (`shownAt`) or the effects begin, whichever is first;
   * waiting before the effects (Yew yields to the browser after 16 ms of work, so they may run
   * a task later, after a paint); and the effects (history entry, title, scroll, focus). Null
   * where the build has no marks (the hello world). */
  const phases = (shownAt) => {
    const at = (name) => performance.getEntriesByName(`signpost:${name}`, 'mark').at(-1)?.startTime;
    const [reduce, render, effects, done] = ['reduce', 'render', 'effects', 'done'].map(at);
    if ([reduce, render, effects, done].some((t) => t === undefined)) return null;
    const rendered = Math.min(shownAt, effects);
    return { reduce: render - reduce, render: rendered - render, wait: effects - rendered, effects: done - effects };
  };

  /** Call before a click: resolves to the milliseconds from that click until the new heading is
   * in the page (the app's own work: event, update, render), and until the frame showing it is
   * drawn (what a person sees; it includes waiting for the screen's next frame, and any task the
   * page runs just after that frame, before the one that takes this time); the nodes the page
   * added to the document for that frame; and the app's marks. */
  const nextPage = () => {
    const before = headingText();
    clickedAt = null;
    performance.clearMarks();
    const added = new Set();
    let updated = null;
    return new Promise((resolve) => {
      const observer = new MutationObserver(async (records) => {
        for (const record of records) for (const node of record.addedNodes) collect(node, added);
        if (updated !== null || clickedAt === null || headingText() === before) return;
        const click = clickedAt;
        const shownAt = performance.now();
        updated = shownAt - click;
        // The nodes in the frame that shows the page, not work the page does after it.
        let nodes;
        const painted = (await afterNextPaint(() => {
          nodes = [...added].filter((node) => node.isConnected).length;
        })) - click;
        observer.disconnect();
        resolve({ updated, painted, nodes, phases: phases(shownAt) });
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
  };

  window.__bench = { ready, firstContentfulPaint, largestContentfulPaint, nextPage };
};

// ---------------------------------------------------------------------------------------------
// Journeys: six clicks each, from the start page.

/** Signpost's longest public path (from the snapshot `cargo test` keeps true): Start now, then
 * each question answered and Continue, to its outcome page. */
function signpostJourney() {
  const longest = allPaths()
    .filter((path) => path.flow === 'public')
    .reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
  return [
    { label: 'Start now', click: (page) => page.getByRole('button', { name: 'Start now' }) },
    ...longest.answers.map(([question, answer], i) => ({
      label: i === longest.answers.length - 1 ? `${question} -> ${longest.outcome}` : question,
      answer: (page) => page.locator(`#answer-${answer}`).check(),
      click: (page) => page.getByRole('button', { name: 'Continue' }),
    })),
  ];
}

/** The hello world: Start now, then Continue five times, each a new heading. */
function helloJourney() {
  return [
    { label: 'Start now', click: (page) => page.getByRole('button', { name: 'Start now' }) },
    ...[1, 2, 3, 4, 5].map((n) => ({
      label: `Continue ${n}`,
      click: (page) => page.getByRole('button', { name: 'Continue' }),
    })),
  ];
}

/** Lets the page finish any work a previous action started, so it is not timed as the next. */
function settle(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

// ---------------------------------------------------------------------------------------------
// Bytes of the first screen.

/** The paths the page fetches on load, in the order requested, each marked `later` if it was
 * requested after the app's start page was in the page (Signpost's outcome advice, fetched
 * whatever the journey): the first screen is the rest. */
async function loadRequests(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if ([...document.querySelectorAll('button')].some((b) => b.textContent.trim().startsWith('Start now'))) {
        window.__startPageAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url);
  await page.getByRole('button', { name: 'Start now' }).waitFor();
  await page.waitForLoadState('networkidle');
  const { startPageAt, requestedAt } = await page.evaluate(() => ({
    startPageAt: window.__startPageAt,
    requestedAt: Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])),
  }));
  const requests = responses
    .filter((response) => response.url().startsWith(url))
    .map((response) => ({
      path: new URL(response.url()).pathname,
      servedAs: response.headers()['content-encoding'] ?? 'identity',
      later: (requestedAt[response.url()] ?? 0) > startPageAt,
    }));
  await context.close();
  return requests;
}

/** Each fetched file's size raw, gzip and brotli (the precompressed copies the build wrote). */
function fileSizes(dir, requests) {
  const size = (file) => (existsSync(file) ? statSync(file).size : NaN);
  return requests.map(({ path, servedAs, later }) => {
    const file = join(dir, path === '/' ? 'index.html' : path);
    return { path, servedAs, later, raw: size(file), gzip: size(`${file}.gz`), brotli: size(`${file}.br`) };
  });
}

/** A wasm file's sections (name, raw bytes, brotli bytes alone): which part of the module is
 * large, code or data (the app's wording is in the data section). */
function wasmSections(file) {
  const NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
    'start', 'element', 'code', 'data', 'data count'];
  const bytes = readFileSync(file);
  const sections = [];
  let at = 8; // after the magic number and version
  while (at < bytes.length) {
    const id = bytes[at++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      size += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    const body = bytes.subarray(at, at + size);
    sections.push({ name: NAMES[id] ?? `id ${id}`, raw: size, brotli: brotli(body, false).length });
    at += size;
  }
  return sections;
}

// ---------------------------------------------------------------------------------------------
// Timings under throttling.

/** Applies Lighthouse's mobile throttling to `page` through the DevTools protocol. */
async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** One cold load (a new context, so nothing is cached) and one walk of the journey. */
async function timedRun(browser, url, journey) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(PAGE_PROBE);
  await throttle(context, page);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench);
  const ready = await page.evaluate(() => window.__bench.ready);
  const fcp = await page.evaluate(() => window.__bench.firstContentfulPaint);
  await settle(page);
  const lcp = await page.evaluate(() => window.__bench.largestContentfulPaint());

  const steps = [];
  for (const step of journey) {
    if (step.answer) await step.answer(page);
    await settle(page);
    const target = step.click(page);
    await target.waitFor();
    const pending = page.evaluate(() => window.__bench.nextPage());
    // nextPage() must be listening before the click; evaluate returns once it is.
    await page.evaluate(() => null);
    await target.click();
    steps.push(await pending);
  }
  await context.close();
  return { fcp, lcp, ready, steps };
}

/** BENCH_RUNS timed runs of one build. */
async function timings(browser, url, journey) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await timedRun(browser, url, journey));
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Lighthouse.

/** Runs the Lighthouse command (mobile preset, its default) against Debian's Chromium, and
 * returns the scores and LCP of one run. */
async function lighthouseRun(url) {
  const bin = join(ROOT, 'node_modules/.bin/lighthouse');
  const { stdout } = await promisify(execFile)(
    bin,
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout);
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const score = (id) => Math.round(report.categories[id].score * 100);
  const failing = (id) =>
    report.categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
      .map((ref) => ref.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcp: report.audits['largest-contentful-paint'].numericValue,
    fcp: report.audits['first-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    benchmarkIndex: report.environment.benchmarkIndex,
    lcpElement: lcpElement(report),
    version: report.lighthouseVersion,
    failing: [...failing('performance'), ...failing('accessibility'), ...failing('best-practices')],
  };
}

/** The element Lighthouse took as the largest contentful paint: its tag and the start of its
 * text, which tells the static guidance from the app's own page. */
function lcpElement(report) {
  const details = report.audits['largest-contentful-paint-element']?.details;
  const node = details?.items?.[0]?.items?.[0]?.node ?? details?.items?.[0]?.node;
  if (!node) return 'none';
  const tag = node.snippet.match(/^<[a-z0-9]+/)?.[0] ?? '';
  return `${tag}> "${(node.nodeLabel ?? '').slice(0, 50)}…"`;
}

async function lighthouse(url) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) runs.push(await lighthouseRun(url));
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Statistics and printing.

const sorted = (values) => [...values].sort((a, b) => a - b);
/** The nearest-rank percentile: the smallest value at least `p` of the values are at or below. */
const percentile = (values, p) => sorted(values)[Math.max(0, Math.ceil(p * values.length) - 1)];
const median = (values) => {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const worst = (values) => Math.max(...values);

const bytes = (n) => n.toLocaleString('en-GB');
const ms = (n) => `${Math.round(n).toLocaleString('en-GB')} ms`;
const ms1 = (n) => `${n.toFixed(1)} ms`;
const ratio = (ours, theirs) => (theirs > 0 ? `${(ours / theirs).toFixed(1)}x` : '');

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  console.log([line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n'));
  console.log();
}

function heading(text) {
  console.log(`### ${text}\n`);
}

function printSizes(name, sizes, later) {
  heading(`${name}: first screen, bytes`);
  const total = (key) => sizes.reduce((sum, file) => sum + file[key], 0);
  const line = (f) => [f.path === '/' ? 'index.html' : f.path.slice(1), f.servedAs, bytes(f.raw), bytes(f.gzip), bytes(f.brotli)];
  table(
    ['file', 'served as', 'raw', 'gzip', 'brotli'],
    [
      ...sizes.map(line),
      ['**total**', '', `**${bytes(total('raw'))}**`, `**${bytes(total('gzip'))}**`, `**${bytes(total('brotli'))}**`],
    ],
  );
  if (later.length > 0) {
    heading(`${name}: fetched after the first screen, whatever the journey, bytes`);
    table(['file', 'served as', 'raw', 'gzip', 'brotli'], later.map(line));
  }
}

function printWasmSections(name, sections) {
  heading(`${name}: wasm sections, bytes (brotli of each section alone)`);
  table(
    ['section', 'raw', 'brotli'],
    sections.filter((s) => s.raw > 1000).map((s) => [s.name, bytes(s.raw), bytes(s.brotli)]),
  );
}

function printSteps(name, journey, runs) {
  heading(`${name}: each click of the journey, ${runs.length} runs`);
  const PHASES = ['reduce', 'render', 'wait', 'effects'];
  const marked = runs.some((run) => run.steps.some((step) => step.phases));
  table(
    [
      'step', 'new heading in page, median', 'painted, median', 'painted, worst', 'nodes added',
      ...(marked ? PHASES.map((phase) => `${phase}, median`) : []),
    ],
    journey.map((step, i) => {
      const values = (key) => runs.map((run) => run.steps[i][key]);
      const phase = (key) => {
        const marks = runs.map((run) => run.steps[i].phases?.[key]).filter((value) => value !== undefined);
        return marks.length ? ms1(median(marks)) : '-';
      };
      return [
        step.label, ms1(median(values('updated'))), ms1(median(values('painted'))), ms1(worst(values('painted'))),
        bytes(median(values('nodes'))),
        ...(marked ? PHASES.map(phase) : []),
      ];
    }),
  );
}

function printLighthouse(results) {
  heading(`Lighthouse ${results[0].runs[0].version}, mobile preset, median of ${LIGHTHOUSE_RUNS} runs`);
  table(
    ['', ...results.map((r) => r.name)],
    [
      ['performance', ...results.map((r) => median(r.runs.map((x) => x.performance)))],
      ['accessibility', ...results.map((r) => median(r.runs.map((x) => x.accessibility)))],
      ['best practices', ...results.map((r) => median(r.runs.map((x) => x.bestPractices)))],
      ['LCP', ...results.map((r) => ms(median(r.runs.map((x) => x.lcp))))],
      ['FCP', ...results.map((r) => ms(median(r.runs.map((x) => x.fcp))))],
      ['total blocking time', ...results.map((r) => ms(median(r.runs.map((x) => x.tbt))))],
      ['LCP element (first run)', ...results.map((r) => `\`${r.runs[0].lcpElement}\``)],
      ['benchmark index (this machine)', ...results.map((r) => median(r.runs.map((x) => x.benchmarkIndex)))],
      ['scored audits not passed (any run)', ...results.map((r) => [...new Set(r.runs.flatMap((x) => x.failing))].join(', ') || 'none')],
    ],
  );
}

/** The side-by-side summary: each figure for Signpost, the hello world, and their ratio. */
function printSummary([ours, hello]) {
  heading(`Summary: ${RUNS} cold loads each, ${CPU_SLOWDOWN}x CPU slowdown, Slow 4G`);
  const total = (r) => r.sizes.reduce((sum, f) => sum + f.brotli, 0);
  const all = (r, key) => r.runs.map((run) => run[key]);
  const steps = (r, key = 'painted') => r.runs.flatMap((run) => run.steps.map((step) => step[key]));
  const row = (label, pick, format) => [label, format(pick(ours)), format(pick(hello)), ratio(pick(ours), pick(hello))];
  table(
    ['', ours.name, hello.name, 'ratio'],
    [
      row('first screen, brotli bytes', total, bytes),
      row('first contentful paint, median', (r) => median(all(r, 'fcp')), ms),
      row('first contentful paint, worst', (r) => worst(all(r, 'fcp')), ms),
      row('largest contentful paint, median', (r) => median(all(r, 'lcp')), ms),
      row('largest contentful paint, worst', (r) => worst(all(r, 'lcp')), ms),
      row('first question answerable, median', (r) => median(all(r, 'ready')), ms),
      row('first question answerable, worst', (r) => worst(all(r, 'ready')), ms),
      row('click to next page painted, median', (r) => median(steps(r)), ms1),
      row('click to next page painted, 95th percentile', (r) => percentile(steps(r), 0.95), ms1),
      row('click to next page painted, worst', (r) => worst(steps(r)), ms1),
      row('click to new heading in page, median', (r) => median(steps(r, 'updated')), ms1),
      row('click to new heading in page, 95th percentile', (r) => percentile(steps(r, 'updated'), 0.95), ms1),
      row('nodes added per click, median', (r) => median(steps(r, 'nodes')), bytes),
    ],
  );
}

// ---------------------------------------------------------------------------------------------

async function measure(browser, build) {
  if (!existsSync(join(build.dir, 'index.html'))) throw new Error(`no build in ${build.dir}: run scripts/bench.sh`);
  const server = await serveStatic(build.dir);
  try {
    const fetched = fileSizes(build.dir, await loadRequests(browser, server.url));
    const sizes = fetched.filter((f) => !f.later);
    const later = fetched.filter((f) => f.later);
    const wasm = sizes.find((f) => f.path.endsWith('.wasm'));
    const sections = wasmSections(join(build.dir, wasm.path));
    const runs = await timings(browser, server.url, build.journey);
    const lighthouseRuns = WITH_LIGHTHOUSE ? await lighthouse(server.url) : [];
    return { ...build, sizes, later, sections, runs, lighthouse: lighthouseRuns };
  } finally {
    await server.close();
  }
}

async function main() {
  const browser = await launchChromium();
  const results = [];
  try {
    for (const build of BUILDS) {
      console.error(`bench: measuring ${build.name}`);
      results.push(await measure(browser, build));
    }
    console.log(`Chromium ${browser.version()}, Node ${process.version}\n`);
  } finally {
    await browser.close();
  }
  for (const r of results) printSizes(r.name, r.sizes, r.later);
  printSummary(results);
  for (const r of results) printSteps(r.name, r.journey, r.runs);
  for (const r of results) printWasmSections(r.name, r.sections);
  if (WITH_LIGHTHOUSE) printLighthouse(results.map((r) => ({ name: r.name, runs: r.lighthouse })));
}

await main();
