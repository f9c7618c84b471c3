// The calls playwright-core (chromium.mjs) and puppeteer-core (firefox.mjs) make alike, under the
// same names, written once: each driver adds what its library does its own way (the viewport,
// media emulation, cookies, typing into a field).

/** A page's common calls, with `inFrame` the driver's own calls in one frame. */
export function pageCalls(page, inFrame) {
  return {
    ...inFrame(page.mainFrame()),
    goto: (url) => page.goto(url),
    url: () => page.url(),
    press: (key) => page.keyboard.press(key),
    back: () => page.goBack({ timeout: 5000 }).catch(() => {}),
    forward: () => page.goForward({ timeout: 5000 }).catch(() => {}),
    reload: () => page.reload(),
    async frame(selector) {
      const element = await page.waitForSelector(selector);
      return inFrame(await element.contentFrame());
    },
    pdf: () => page.pdf({ format: 'A4', printBackground: true }),
    screenshot: (path) => page.screenshot({ path, fullPage: true }),
  };
}
