// Chromium (Debian's, or CHROMIUM_PATH) through playwright-core, behind the small interface every
// engine's driver gives (webkit.mjs's header lists it).
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../browser/harness.mjs';
import { expression } from './expression.mjs';
import { pageCalls } from './page.mjs';

export const name = 'chromium';

/** What this engine can do that the others may not. */
export const can = { print: true, emulatePrint: true, forcedColors: true };

export async function launch({ proxy }) {
  // --proxy-server sends only addresses off this machine through the proxy (Chromium bypasses
  // loopback by itself); playwright's own proxy option would send 127.0.0.1 through it too.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, `--proxy-server=http://127.0.0.1:${proxy}`],
  });
  return {
    version: browser.version(),
    async newPage() {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      return wrap(await context.newPage(), context);
    },
    close: () => browser.close(),
  };
}

/** One frame (or the page's main frame), with the calls a test makes in it. */
function inFrame(frame) {
  return {
    evaluate: (fn, ...args) => frame.evaluate(expression(fn, args)),
    click: (selector) => frame.click(selector),
    type: (selector, text) => frame.fill(selector, text),
  };
}

function wrap(page, context) {
  return {
    ...pageCalls(page, inFrame),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    emulateMedia: (options) => page.emulateMedia(options),
    cookies: async () => (await context.cookies()).map((cookie) => cookie.name),
    close: () => context.close(),
  };
}
