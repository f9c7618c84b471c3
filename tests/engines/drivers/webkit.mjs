// WebKit (WebKitGTK's MiniBrowser, driven by Debian's WebKitWebDriver, or WEBKIT_DRIVER_PATH)
// over W3C WebDriver, with a small client of its own: WebKitGTK speaks classic WebDriver only,
// and the clients that speak it bring more than these few commands need.
//
// Every driver (chromium.mjs, firefox.mjs, this) gives the same small interface:
//   launch({ proxy }) -> { version, newPage(), close() }, and `can`, what the engine can do;
//   a page: goto, url, evaluate(fn, ...args), click(selector), type(selector, text),
//   press(key), back, forward, reload, frame(selector) -> { evaluate, click, type }, setViewport,
//   emulateMedia (null where the engine cannot), pdf (null where it cannot), screenshot,
//   cookies, close. A page is a fresh profile's tab: its own history, storage and cookies.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { expression } from './expression.mjs';

export const name = 'webkit';

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
/** The browser WebKitWebDriver starts: WebKitGTK's MiniBrowser (in libwebkit2gtk-4.1-0). */
export const WEBKIT_BROWSER_PATH = process.env.WEBKIT_BROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** WebKitGTK's WebDriver has no Print Page command, and no way to emulate media. */
export const can = { print: false, emulatePrint: false, forcedColors: false, driveBackForwardCache: false };

const KEYS = { Shift: '\uE008', Tab: '\uE004', Enter: '\uE007' };
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function launch({ proxy }) {
  const port = await freePort();
  // MiniBrowser needs a display: xvfb-run gives it one, and goes with it. Addresses off this
  // machine go through the run's proxy by the environment (GLib's libproxy reads it): WebKitGTK's
  // WebDriver makes a `proxy` capability's sslProxy a TLS proxy, which a local proxy cannot be
  // without a certificate for 127.0.0.1 that MiniBrowser would refuse.
  const env = { ...process.env, http_proxy: `http://127.0.0.1:${proxy}`, https_proxy: `http://127.0.0.1:${proxy}`, no_proxy: '127.0.0.1,localhost' };
  const driver = spawn('xvfb-run', ['-a', WEBKIT_DRIVER_PATH, `--port=${port}`], { stdio: 'ignore', detached: true, env });
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    try {
      const status = await (await fetch(`${base}/status`)).json();
      if (status.value?.ready) break;
    } catch (error) {
      if (tries > 150) throw new Error(`WebKitWebDriver did not start on ${base}`, { cause: error });
    }
    await sleep(100);
  }
  const capabilities = {
    acceptInsecureCerts: true,
    'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER_PATH, args: ['--automation'] },
  };
  let version = '';
  return {
    get version() { return version; },
    async newPage() {
      const session = await command(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
      version = `WebKitGTK ${session.capabilities.browserVersion}`;
      const page = wrap(`${base}/session/${session.sessionId}`);
      // MiniBrowser opens small (800 by 600); the other engines' pages are 1280 by 720.
      await command(`${base}/session/${session.sessionId}`, 'POST', '/window/rect', { width: 1280, height: 900 });
      return page;
    },
    async close() {
      try { process.kill(-driver.pid, 'SIGTERM'); } catch { /* already gone */ }
    },
  };
}

async function command(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A command that never answers (seen with Back onto a page that reloads itself from the
    // back/forward cache) fails the test instead of holding the whole run.
    signal: AbortSignal.timeout(30000),
  });
  const { value } = await response.json();
  if (value && typeof value === 'object' && value.error) {
    throw new Error(`WebDriver ${method} ${path.replace(/^\/session\/[^/]+/, '')}: ${value.error}: ${value.message}`);
  }
  return value;
}

function wrap(session) {
  const send = (method, path, body) => command(session, method, path, body);
  // The element `selector` names in the current frame, waited for up to 10 s.
  const find = async (selector) => {
    for (let tries = 0; ; tries += 1) {
      try {
        return (await send('POST', '/element', { using: 'css selector', value: selector }))[ELEMENT];
      } catch (error) {
        if (tries >= 100 || !/no such element/.test(error.message)) throw error;
        await sleep(100);
      }
    }
  };
  const evaluate = async (fn, ...args) => {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => ${expression(fn, args)})
        .then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error && error.stack || error) }));`;
    const result = await send('POST', '/execute/async', { script, args: [] });
    if (result?.error) throw new Error(`in the page: ${result.error}`);
    return result?.value;
  };
  // As a person waits for a page to settle before tapping: a control not yet interactable (the
  // page is being drawn) is tried again for up to 5 s, as playwright and puppeteer wait.
  const click = async (selector) => {
    for (let tries = 0; ; tries += 1) {
      try {
        const element = await find(selector);
        // WebKitGTK's WebDriver clicks only what is already in view: put it there first, as a
        // person scrolls to a button before tapping it.
        await send('POST', '/execute/sync', { script: 'arguments[0].scrollIntoView({ block: "center" })', args: [{ [ELEMENT]: element }] });
        return await send('POST', `/element/${element}/click`, {});
      } catch (error) {
        if (tries >= 50 || !/not interactable|stale element/.test(error.message)) throw error;
        await sleep(100);
      }
    }
  };
  const type = async (selector, text) => {
    const element = await find(selector);
    await send('POST', `/element/${element}/clear`, {});
    await send('POST', `/element/${element}/value`, { text });
  };
  // Each call in a frame switches into it and back to the top, so a page's calls always start
  // at the top.
  const inFrame = (selector) => async (call) => {
    await send('POST', '/frame', { id: null });
    await send('POST', '/frame', { id: { [ELEMENT]: await find(selector) } });
    try {
      return await call();
    } finally {
      await send('POST', '/frame', { id: null });
    }
  };
  return {
    evaluate,
    click,
    type,
    goto: (url) => send('POST', '/url', { url }),
    url: () => send('GET', '/url'),
    async press(key) {
      const value = KEYS[key] ?? key;
      await send('POST', '/actions', {
        actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
      });
    },
    back: () => send('POST', '/back', {}),
    forward: () => send('POST', '/forward', {}),
    reload: () => send('POST', '/refresh', {}),
    async frame(selector) {
      const within = inFrame(selector);
      return {
        evaluate: (fn, ...args) => within(() => evaluate(fn, ...args)),
        click: (target) => within(() => click(target)),
        type: (target, text) => within(() => type(target, text)),
      };
    },
    async setViewport(width, height) {
      // WebDriver sizes the window: make its inside the size asked for.
      await send('POST', '/window/rect', { width, height });
      const inner = await evaluate(() => [window.innerWidth, window.innerHeight]);
      await send('POST', '/window/rect', { width: 2 * width - inner[0], height: 2 * height - inner[1] });
    },
    emulateMedia: null,
    pdf: null,
    screenshot: async (path) => writeFile(path, Buffer.from(await send('GET', '/screenshot'), 'base64')),
    cookies: async () => (await send('GET', '/cookie')).map((cookie) => cookie.name),
    close: () => send('DELETE', '').catch(() => {}),
  };
}
