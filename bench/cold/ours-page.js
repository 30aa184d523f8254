// The script of an embedder's page in a cold run of ours (bench/harness/bench-server.mjs writes
// the page): the production bundle, loaded by a <script type="module"> before this one, has
// defined the elements; this script gives one widget its dataset in one of three ways, notes
// when its first frame is painted, and leaves the figures in window.coldResult (the JS heap
// comes after, from window.benchHeap()).
//
//   src     the widget is in the page's markup with src="…": it fetches, parses, validates, draws
//   data    this script fetches and parses the JSON, then sets .data: the widget validates, draws
//   linked  a <civic-dataset src="…"> in the markup loads and validates; once it has, this script
//           adds the widget inside it, which draws the dataset already validated
//   blank   no bundle, no widget: the JS heap of an empty page, to read the others' against
//
// Plain JavaScript served as it is: no build step between an embedder's page and the bundle.

const params = new URLSearchParams(location.search);
const way = params.get('way');
const dataUrl = params.get('data');
const stage = document.getElementById('stage');

/** The element tag of each widget, with what the benchmark sets on it besides its data. */
const widgets = {
  timeline: { tag: 'civic-incident-timeline', attributes: { 'group-by': 'category' } },
  map: { tag: 'civic-province-map', attributes: {} },
  tracker: { tag: 'civic-recommendation-tracker', attributes: {} },
};

const nextFrame = () => new Promise((done) => requestAnimationFrame(done));

/** What the widget shows once its update is done: its drawing, an error, or still a placeholder. */
function showing(element) {
  const root = element.shadowRoot;
  if (!root || !root.firstElementChild) return 'nothing';
  if (root.querySelector('[part~="error"]')) return 'error';
  if (root.querySelector('[part~="loading"]') || element.hasAttribute('aria-busy'))
    return 'loading';
  return 'drawn';
}

/**
 * Resolves once the widget shows its dataset (or an error). A widget with data of its own fires
 * civic-load / civic-error after rendering the outcome (components.md); a linked widget draws
 * in its first update. Should a widget still show its placeholder then, it is checked again at
 * each frame, and the result says so (`late`): the figure is then rounded up to a frame.
 */
async function shown(element, ownData) {
  if (ownData && showing(element) !== 'drawn') {
    await new Promise((done) => {
      element.addEventListener('civic-load', done, { once: true });
      element.addEventListener('civic-error', done, { once: true });
    });
  }
  let late = false;
  for (;;) {
    await element.updateComplete;
    const state = showing(element);
    if (state === 'drawn' || state === 'error') return { state, late };
    late = true;
    await nextFrame();
  }
}

async function fetchJson(url) {
  const response = await fetch(url);
  return JSON.parse(await response.text());
}

/** The widget, made as an embedder's script makes it (the markup's own is found, not made). */
function widgetElement(name) {
  const { tag, attributes } = widgets[name];
  const element = document.createElement(tag);
  for (const [attribute, value] of Object.entries(attributes))
    element.setAttribute(attribute, value);
  return element;
}

/** Gives the widget its dataset the chosen way; resolves with it shown and when data was in hand. */
async function drawWidget(name) {
  if (way === 'src') {
    const element = stage.querySelector(widgets[name].tag);
    return { element, ...(await shown(element, true)) };
  }
  if (way === 'data') {
    const element = widgetElement(name);
    // A function's scope, so that nothing of this script keeps the parsed JSON once it is given.
    await (async () => {
      const data = await fetchJson(dataUrl);
      performance.mark('bench:data-in-hand');
      element.data = data;
    })();
    stage.append(element);
    return { element, ...(await shown(element, true)) };
  }
  // linked
  const provider = stage.querySelector('civic-dataset');
  await new Promise((done, fail) => {
    provider.addEventListener('civic-load', done, { once: true });
    provider.addEventListener('civic-error', (event) => fail(new Error(event.detail.message)), {
      once: true,
    });
  });
  performance.mark('bench:data-in-hand');
  const element = widgetElement(name);
  provider.append(element);
  return { element, ...(await shown(element, false)) };
}

/** The JS heap after full collections (NaN without --js-flags=--expose-gc). */
function heapAfterGc() {
  if (!window.gc || !performance.memory) return NaN;
  window.gc();
  window.gc();
  return performance.memory.usedJSHeapSize;
}

/** Fetch timings of a resource, in ms from navigation start. */
function resourceTiming(url) {
  const entry = performance
    .getEntriesByType('resource')
    .find((resource) => new URL(resource.name).pathname === new URL(url, location.href).pathname);
  return entry && { start: entry.startTime, responseEnd: entry.responseEnd };
}

// Asked for by the harness once it has read the page's CPU time, so that the collections it
// forces are not counted in it.
window.benchHeap = heapAfterGc;

async function main() {
  const scriptStart = performance.now();
  if (way === 'blank') return {};
  const { element, state, late } = await drawWidget(params.get('widget'));
  performance.mark('bench:shown');
  // Two frames: the first holds the change, the second starts once it was painted.
  await nextFrame();
  await nextFrame();
  const painted = performance.now();
  performance.mark('bench:painted');
  const dataset = resourceTiming(dataUrl);
  // With src, the widget parses the JSON itself: "in hand" is the response's last byte.
  const inHand =
    way === 'src'
      ? dataset?.responseEnd
      : performance.getEntriesByName('bench:data-in-hand')[0]?.startTime;
  const error =
    state === 'error'
      ? element.shadowRoot.querySelector('[part~="error"]').textContent.trim().slice(0, 300)
      : undefined;
  return {
    navToFrame: painted,
    dataToFrame: inHand === undefined ? NaN : painted - inHand,
    late,
    error,
    milestones: {
      bundle: resourceTiming(document.querySelector('script[data-bundle]').src),
      scriptStart,
      dataset,
      inHand,
      shown: performance.getEntriesByName('bench:shown')[0].startTime,
      painted,
    },
  };
}

// An error the page did not catch (a widget that threw while rendering) ends the run at once,
// rather than leaving it to wait for a frame that never comes.
const uncaught = new Promise((_, fail) => {
  window.addEventListener('error', (event) => fail(event.error ?? new Error(event.message)));
  window.addEventListener('unhandledrejection', (event) => fail(event.reason));
});

Promise.race([main(), uncaught])
  .then(
    (result) => result,
    (error) => ({ error: String(error?.stack ?? error) }),
  )
  .then((result) => {
    window.coldResult = result;
    window.dispatchEvent(new Event('bench-done'));
  });
