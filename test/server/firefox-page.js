/**
 * Test pages for Firefox that work on every Firefox ESR Debian ships, old and new.
 *
 * Before each test file @web/test-runner-chrome sets an 800×600 viewport with puppeteer's
 * page.setViewport, and so does setViewport() of @web/test-runner-commands. Over WebDriver
 * BiDi, puppeteer sends that as two commands: browsingContext.setViewport, which every
 * supported Firefox has, and emulation.setScreenOrientationOverride, which Firefox ESR 140
 * (Debian 12's archive) answers with "unknown command". The orientation is the default
 * one anyway, so when the browser lacks the command the page sends the viewport alone. A
 * browser that has it gets puppeteer's own call, unchanged.
 */
export async function createFirefoxPage({ context }) {
  const page = await context.newPage();
  const puppeteerSetViewport = page.setViewport.bind(page);
  let lacksOrientationCommand = false;

  const setViewportAlone = (viewport) =>
    page.mainFrame().browsingContext.setViewport({
      viewport: viewport ? { width: viewport.width, height: viewport.height } : null,
      devicePixelRatio: viewport?.deviceScaleFactor ?? null,
    });

  page.setViewport = async (viewport) => {
    if (lacksOrientationCommand) return setViewportAlone(viewport);
    try {
      await puppeteerSetViewport(viewport);
    } catch (error) {
      if (!isUnknownOrientationCommand(error)) throw error;
      lacksOrientationCommand = true;
      await setViewportAlone(viewport);
    }
  };
  return page;
}

function isUnknownOrientationCommand(error) {
  const message = String(error?.message ?? '');
  return message.includes('setScreenOrientationOverride') && message.includes('unknown command');
}
