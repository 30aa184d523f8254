// One cold run: a fresh browsing context (empty cache, a renderer of its own, so nothing
// compiled or optimised by an earlier run), a new page at 1200×600, one navigation; the
// context is closed afterwards. Nothing is polled in the page while it works.
import puppeteer from 'puppeteer-core';

export const viewport = { width: 1200, height: 600 };

/** Headless Chromium as every benchmark run uses it. */
export function launchBrowser() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    // A page busy measuring 100,000 incidents can keep its main thread for minutes on 2 cores.
    protocolTimeout: 900_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
}

/**
 * Opens `url` cold and resolves with the page's window.coldResult (see bench/cold/) with its
 * main thread's CPU time (`cpuMs`, to the result) and its JS heap after it (`heap`), or
 * { error } when the page failed or took longer than `timeoutMs`. With `trace`, the run is
 * recorded: { categories } for page.tracing.start, and the trace comes back as `trace` (bytes).
 */
export async function coldRun(browser, url, { timeoutMs = 300_000, trace } = {}) {
  const context = await browser.createBrowserContext();
  const errors = [];
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    page.on('pageerror', (error) => errors.push(error.message));
    // The page's main-thread CPU time: unlike its clocks, hardly changed by a busy machine.
    const session = await page.createCDPSession();
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadTime = async () =>
      (await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')
        ?.value ?? NaN;
    const threadAtStart = await threadTime();
    if (trace) await page.tracing.start({ categories: trace.categories, screenshots: false });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    // One call that resolves when the page says it is done: no polling in the page.
    const done = page.evaluate(
      () =>
        new Promise((resolve) => {
          if ('coldResult' in window) resolve(window.coldResult);
          else
            window.addEventListener('bench-done', () => resolve(window.coldResult), { once: true });
        }),
    );
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(
        () => resolve({ error: `no result after ${timeoutMs / 1000} s` }),
        timeoutMs,
      );
    });
    const result = await Promise.race([done, timeout]);
    clearTimeout(timer);
    if (!result.error) {
      result.cpuMs = ((await threadTime()) - threadAtStart) * 1000;
      result.heap = await page.evaluate(() => window.benchHeap?.() ?? NaN);
    }
    if (trace) result.trace = await page.tracing.stop();
    if (errors.length && !result.error) result.error = errors.join('; ');
    return result;
  } catch (error) {
    return { error: String(error?.message ?? error) };
  } finally {
    await context.close().catch(() => {});
  }
}
