// Firefox (Debian's firefox-esr, or FIREFOX_PATH) over WebDriver BiDi through puppeteer-core,
// behind the same small interface as chromium.mjs.
import puppeteer from 'puppeteer-core';
import { expression } from './expression.mjs';
import { pageCalls } from './page.mjs';

export const name = 'firefox';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Firefox prints to PDF over BiDi (browsingContext.print); it cannot emulate print media or
 * forced colours there (puppeteer needs CDP for both). */
export const can = { print: true, emulatePrint: false, forcedColors: false };

export async function launch({ proxy }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      // Addresses off this machine go through the run's proxy; 127.0.0.1 and localhost do not.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
    },
  });
  return {
    version: await browser.version(),
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      return wrap(page, context);
    },
    close: () => browser.close(),
  };
}

function inFrame(frame) {
  return {
    evaluate: (fn, ...args) => frame.evaluate(expression(fn, args)),
    async click(selector) {
      await frame.waitForSelector(selector);
      await frame.click(selector);
    },
    async type(selector, text) {
      await frame.waitForSelector(selector);
      await frame.$eval(selector, (element) => { element.value = ''; });
      await frame.type(selector, text);
    },
  };
}

function wrap(page, context) {
  return {
    ...pageCalls(page, inFrame),
    setViewport: (width, height) => page.setViewport({ width, height }),
    emulateMedia: null,
    cookies: async () => (await page.cookies()).map((cookie) => cookie.name),
    close: () => context.close(),
  };
}
