/**
 * Hostile inputs, each with the outcome it must have (test/fixtures/hostile-cases.ts), run
 * against the widgets as an embedder places them. For every case: the expected error (visible,
 * with each JSON path, and one `civic-error`) or a correct rendering with text shown as text;
 * nothing thrown; no script run; no request the embedder did not name; and a healthy widget
 * next to the hostile one keeps working.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CivicErrorEvent, CivicLoadEvent } from '../../src/provider/events.js';
import { exampleDataset } from '../fixtures/datasets.js';
import {
  allWidgets,
  hostileCases,
  type HostileCase,
  type HostileInput,
  type Invalid,
  type Settles,
  type Widget,
} from '../fixtures/hostile-cases.js';
import { click, resetMouse } from '../fixtures/real-input.js';

type Trapped = Window & { __pwned?: unknown };
type LitLike = HTMLElement & {
  src?: string;
  data?: unknown;
  updateComplete: Promise<boolean>;
};

const tags: Record<Widget, string> = {
  dataset: 'civic-dataset',
  timeline: 'civic-incident-timeline',
  map: 'civic-province-map',
  tracker: 'civic-recommendation-tracker',
};

/** What a widget shows once it is ready (or has nothing to show). */
const readySelector: Record<Widget, string> = {
  dataset: '[part~="incident"], [part~="aggregate"], [part~="empty"]',
  timeline: '[part~="incident"], [part~="aggregate"], [part~="empty"]',
  map: '[part~="region"], [part~="empty"]',
  tracker: '[part~="recommendation"], [part~="theme"], [part~="empty"]',
};

/** One element under test: `host` takes the input and fires the events, `view` shows it. */
interface Mounted {
  widget: Widget;
  host: LitLike;
  view: LitLike;
  errors: CivicErrorEvent[];
  loads: CivicLoadEvent[];
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));

// ── What the page sees: thrown errors, fetches, resources ───────────────────────────────

const pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) =>
  pageErrors.push(`unhandledrejection: ${String(event.reason)}`);

interface FetchRecord {
  url: string;
  signal?: AbortSignal | null;
}
const fetches: FetchRecord[] = [];
const originalFetch = window.fetch;
function recordingFetch(input: RequestInfo | URL, init?: RequestInit) {
  const url = input instanceof Request ? input.url : String(input);
  fetches.push({ url: new URL(url, location.href).href, signal: init?.signal });
  return originalFetch(input, init);
}

/** Around each test of the calling `describe`: page errors collected and fetches recorded. */
function watchThePage() {
  beforeEach(() => {
    pageErrors.length = 0;
    fetches.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    window.fetch = recordingFetch;
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    window.fetch = originalFetch;
  });
}

/** Resources the page loaded since the case started, other than the test's own modules. */
function resourcesLoaded(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => !/\.(js|ts|mjs)(\?|$)/.test(new URL(name).pathname));
}

// ── Looking into the widgets ─────────────────────────────────────────────────────────────

/** Every shadow root under `root`, at any depth. */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(element.shadowRoot, ...shadowRoots(element.shadowRoot));
  }
  return found;
}

const forbiddenTags = new Set([
  'script',
  'img',
  'iframe',
  'frame',
  'object',
  'embed',
  'foreignobject',
  'base',
  'meta',
  'link',
]);
const urlAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'srcdoc']);

/** Anything in `root` that could run script or navigate somewhere the data chose. */
function dangerousNodes(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName.toLowerCase();
    if (forbiddenTags.has(tag)) found.push(`<${tag}>`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      if (urlAttributes.has(name) && !/^(https?:\/\/|#)/i.test(attribute.value.trim()))
        found.push(`<${tag} ${name}="${attribute.value.slice(0, 40)}">`);
    }
  }
  return found;
}

const errorBox = (view: LitLike) => view.shadowRoot!.querySelector<HTMLElement>('[part~="error"]');
const shownPaths = (view: LitLike) =>
  [...view.shadowRoot!.querySelectorAll('[part~="error"] li[data-path]')].map((li) =>
    li.getAttribute('data-path')!,
  );

function settled(mounted: Mounted): boolean {
  const root = mounted.view.shadowRoot;
  return !!root && !!(errorBox(mounted.view) || root.querySelector(readySelector[mounted.widget]));
}

/**
 * Opens what hides text, with the reader's mouse: each timeline's detail (first incident) and
 * every table view. What a widget does not show (an error has no marks, no table) is skipped.
 */
async function openEverything(mounted: Mounted[]) {
  for (const { widget, view } of mounted) {
    const root = view.shadowRoot!;
    if (widget === 'timeline' || widget === 'dataset') {
      const mark =
        root.querySelector('[part~="incident"][data-id="arrests"]') ??
        root.querySelector('[part~="incident"]');
      if (mark) {
        await click(mark);
        await view.updateComplete;
        expect(
          !!root.querySelector('[part~="detail"]'),
          `<${tags[widget]}>: a click opens the detail`,
        ).to.equal(true);
      }
    }
    if (widget === 'map') {
      const region = root.querySelector('[part~="region"][data-id="KP-01"]');
      if (region) {
        await click(region);
        await view.updateComplete;
        expect(
          !!root.querySelector('[part~="detail"]'),
          '<civic-province-map>: a click opens the detail',
        ).to.equal(true);
      }
    }
    const toggle = root.querySelector('[part~="table-toggle"]');
    if (toggle) {
      await click(toggle);
      await view.updateComplete;
      expect(
        !!root.querySelector('[part~="table"]'),
        `<${tags[widget]}>: a click opens the table`,
      ).to.equal(true);
    }
  }
  await frame();
}

const allText = (mounted: Mounted[]) =>
  mounted
    .flatMap(({ view }) => [view.shadowRoot!, ...shadowRoots(view.shadowRoot!)])
    .map((root) => root.textContent ?? '')
    .join('\n');

// ── Mounting ─────────────────────────────────────────────────────────────────────────────

function mount(widget: Widget, parent: HTMLElement): Mounted {
  const box = document.createElement('div');
  box.style.width = '900px';
  const host = document.createElement(tags[widget]) as LitLike;
  let view = host;
  if (widget === 'dataset') {
    // <civic-dataset> shows nothing of its own: a linked timeline inside shows its state.
    view = document.createElement(tags.timeline) as LitLike;
    host.append(view);
  }
  const mounted: Mounted = { widget, host, view, errors: [], loads: [] };
  host.addEventListener('civic-error', (event) => {
    if (event.target === host) mounted.errors.push(event);
  });
  host.addEventListener('civic-load', (event) => {
    if (event.target === host) mounted.loads.push(event);
  });
  box.append(host);
  parent.append(box);
  return mounted;
}

async function give(mounted: Mounted[], input: HostileInput) {
  if ('data' in input) {
    for (const { host } of mounted) host.data = input.data;
    return;
  }
  for (const [i, url] of input.src.entries()) {
    for (const { host } of mounted) host.src = url;
    await Promise.all(mounted.map(({ host }) => host.updateComplete));
    // Let the earlier requests get under way before they are replaced.
    if (i < input.src.length - 1) await sleep(60);
  }
}

async function healthyNeighbour(parent: HTMLElement): Promise<LitLike> {
  const el = document.createElement(tags.timeline) as LitLike;
  el.data = exampleDataset();
  parent.append(el);
  await el.updateComplete;
  return el;
}

const neighbourMarks = (el: LitLike) =>
  el.shadowRoot!.querySelectorAll('[part~="incident"]').length;

// ── The catalogue ────────────────────────────────────────────────────────────────────────

async function runCase(testCase: HostileCase) {
  const started = performance.now();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const neighbour = await healthyNeighbour(wrapper);
  await waitUntil(() => neighbourMarks(neighbour) === 3, 'the healthy neighbour drew');
  performance.clearResourceTimings();
  fetches.length = 0;

  const input = testCase.build();
  const named = 'src' in input ? input.src.map((url) => new URL(url, location.href).href) : [];
  const mounted = (testCase.widgets ?? allWidgets).map((widget) => mount(widget, wrapper));
  await give(mounted, input);
  const timeout = Math.max((testCase.timeout ?? 10_000) - 2000, 5000);
  await waitUntil(() => mounted.every(settled), 'every widget settled', { timeout });
  await Promise.all(mounted.map(({ host, view }) => [host.updateComplete, view.updateComplete]));
  // Long enough for a stale response or a second event to arrive, if one ever would.
  const raced = 'src' in input && input.src.length > 1;
  await sleep(Math.max(raced ? 700 - (performance.now() - started) : 0, 50));
  await frame();

  if (testCase.expect === 'renders') await expectRendered(testCase, mounted);
  else if ('settles' in testCase.expect) expectSettled(testCase.expect, mounted);
  else expectInvalid(testCase.expect, mounted);

  // Nothing thrown, no script run, nothing polluted.
  expect(pageErrors, 'errors thrown on the page').to.deep.equal([]);
  expect((window as Trapped).__pwned, 'a payload ran').to.equal(undefined);
  expect(({} as { polluted?: unknown }).polluted, 'Object.prototype polluted').to.equal(undefined);
  expect(Object.prototype).to.not.have.property('polluted');

  // Nothing that could run script or navigate, in any shadow root or around the widgets.
  const roots = [wrapper, ...shadowRoots(wrapper)];
  expect(roots.flatMap(dangerousNodes), 'dangerous markup').to.deep.equal([]);

  // No request the embedder did not name (none at all for data).
  const requested = fetches.map((f) => f.url);
  expect(
    requested.filter((url) => !named.includes(url)),
    'fetches not named',
  ).to.deep.equal([]);
  const resources = resourcesLoaded();
  // The check sees requests: the URL that won was one of them (blob: URLs are not resources).
  const last = named[named.length - 1];
  if (last && !last.startsWith('blob:')) expect(resources, 'resources seen').to.include(last);
  const loaded = resources.filter((url) => !named.includes(url));
  expect(loaded, 'resources not named').to.deep.equal([]);
  if (raced) {
    // Every replaced request was aborted.
    const stale = fetches.filter((f) => f.url !== named[named.length - 1]);
    expect(stale.length, 'the replaced requests were made').to.be.greaterThan(0);
    expect(stale.map((f) => f.signal?.aborted)).to.deep.equal(stale.map(() => true));
  }

  // The healthy widget next to the hostile ones still works.
  expect(neighbourMarks(neighbour)).to.equal(3);
  expect(errorBox(neighbour)?.textContent ?? null).to.equal(null);
}

function expectInvalid(expected: Invalid, mounted: Mounted[]) {
  const paths = [...expected.paths].sort();
  for (const { widget, host, view, errors, loads } of mounted) {
    const what = `<${tags[widget]}>`;
    const box = errorBox(view);
    // Only strings and numbers go into expect(): a failing assertion on an element does not
    // report (the runner cannot serialise it).
    expect(!!box, `${what} shows an error`).to.equal(true);
    expect(box!.getAttribute('role')).to.equal('alert');
    const rect = box!.getBoundingClientRect();
    expect(rect.width * rect.height, `${what}'s error is visible`).to.be.greaterThan(0);
    // A 1 MB value must never become a 1 MB message.
    expect(box!.textContent!.length, `${what}'s error is short`).to.be.lessThan(20_000);
    const shown = shownPaths(view);
    if (paths.length <= 50) expect([...shown].sort(), `${what}'s paths`).to.deep.equal(paths);
    else {
      expect(shown).to.have.length(50);
      expect(paths).to.include.members(shown);
    }
    expect(host.hasAttribute('aria-busy'), `${what} is not busy`).to.equal(false);

    expect(errors, `${what}: one civic-error`).to.have.length(1);
    expect(loads, `${what}: no civic-load`).to.have.length(0);
    const { message, issues } = errors[0]!.detail;
    expect(message).to.be.a('string').and.not.equal('');
    expect(issues.map((i) => i.path).sort(), `${what}'s event paths`).to.deep.equal(paths);
    for (const issue of issues) {
      expect(issue.message.length, 'issue message length').to.be.lessThan(1000);
      if (expected.message) expect(issue.message).to.match(expected.message);
    }
    expect(message.length).to.be.lessThan(1000);
  }
}

async function expectRendered(testCase: HostileCase, mounted: Mounted[]) {
  for (const { widget, host, view, errors, loads } of mounted) {
    const what = `<${tags[widget]}>`;
    expect(errorBox(view)?.textContent ?? null, `${what} shows no error`).to.equal(null);
    expect(host.hasAttribute('aria-busy'), `${what} is not busy`).to.equal(false);
    const drawn = !!view.shadowRoot!.querySelector(readySelector[widget]);
    expect(drawn, `${what} rendered`).to.equal(true);
    expect(
      errors.map((e) => e.detail.message),
      `${what}: no civic-error`,
    ).to.deep.equal([]);
    expect(loads, `${what}: one civic-load`).to.have.length(1);
    const id = testCase.rendered?.datasetId;
    if (id) expect(loads[0]!.detail.dataset.id, `${what} shows the later src`).to.equal(id);
  }
  const shows = testCase.rendered?.shows;
  if (shows) {
    await openEverything(mounted);
    const text = allText(mounted);
    for (const expected of shows) expect(text, 'shown as text').to.include(expected);
  }
}

function expectSettled(expected: Settles, mounted: Mounted[]) {
  for (const { widget, host, view, errors, loads } of mounted) {
    const what = `<${tags[widget]}>`;
    expect(host.hasAttribute('aria-busy'), `${what} is not busy`).to.equal(false);
    expect(errors.length + loads.length, `${what}: one civic-error or civic-load`).to.equal(1);
    const box = errorBox(view);
    expect(!!box, `${what} shows an error exactly when it fired civic-error`).to.equal(
      errors.length === 1,
    );
    if (!expected.forbid) continue;
    const messages = [
      box?.textContent ?? '',
      ...errors.flatMap((e) => [e.detail.message, ...e.detail.issues.map((i) => i.message)]),
    ];
    for (const message of messages) expect(message).to.not.match(expected.forbid);
  }
}

describe('hostile inputs: a catalogue', () => {
  before(() => performance.setResourceTimingBufferSize(10_000));
  afterEach(() => resetMouse());

  watchThePage();
  beforeEach(() => delete (window as Trapped).__pwned);

  it(`has at least 40 cases, each named once (${hostileCases.length})`, () => {
    expect(hostileCases.length).to.be.at.least(40);
    expect(new Set(hostileCases.map((c) => c.name)).size).to.equal(hostileCases.length);
  });

  for (const testCase of hostileCases) {
    const outcome =
      testCase.expect === 'renders'
        ? 'renders'
        : 'settles' in testCase.expect
          ? 'an error or a rendering'
          : `error at ${testCase.expect.paths.length > 3 ? `${testCase.expect.paths.length} paths` : testCase.expect.paths.map((p) => p || '(file)').join(', ')}`;
    const title = `${testCase.name} → ${outcome}`;
    if (testCase.knownBug) {
      it.skip(`${title} [known bug: ${testCase.knownBug}]`, () => runCase(testCase));
      continue;
    }
    it(title, async function () {
      if (testCase.timeout) this.timeout(testCase.timeout);
      await runCase(testCase);
    });
  }
});

describe('hostile embedding: connecting and disconnecting', () => {
  const named = ['/data/north-korea.json', '/test-server/delay/200/data/north-korea.json'].map(
    (url) => new URL(url, location.href).href,
  );

  watchThePage();

  it('1,000 connects and disconnects, alternating with src changes: no error, no event storm, then it renders', async function () {
    this.timeout(30_000);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const neighbour = await healthyNeighbour(wrapper);
    await waitUntil(() => neighbourMarks(neighbour) === 3, 'the healthy neighbour drew');
    const parent = document.createElement('div');
    wrapper.append(parent);
    const el = document.createElement(tags.timeline) as LitLike;
    const events: string[] = [];
    for (const type of ['civic-error', 'civic-load', 'civic-select', 'civic-filter-change'])
      el.addEventListener(type, () => events.push(type));
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    const heapBefore = memory?.usedJSHeapSize;

    for (let i = 0; i < 1000; i += 1) {
      parent.append(el);
      if (i % 2 === 0) el.src = named[i % 4 === 0 ? 0 : 1];
      // Now and then an update while connected, so that a request gets under way.
      if (i % 10 === 0) await el.updateComplete;
      el.remove();
    }
    await sleep(300);
    expect(events, 'events while it came and went').to.deep.equal([]);
    expect(pageErrors).to.deep.equal([]);

    parent.append(el);
    el.src = named[0];
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('[part~="incident"]').length > 0,
      'drawn after the last connect',
      { timeout: 25_000 },
    );
    await sleep(300);
    expect(events).to.deep.equal(['civic-load']);
    expect(errorBox(el)?.textContent ?? null).to.equal(null);
    expect(pageErrors).to.deep.equal([]);
    // Only the URLs it was given, and every request but the last one aborted.
    expect(fetches.map((f) => f.url).filter((url) => !named.includes(url))).to.deep.equal([]);
    expect(fetches.slice(0, -1).filter((f) => !f.signal?.aborted)).to.have.length(0);
    expect(neighbourMarks(neighbour)).to.equal(3);
    if (memory && heapBefore !== undefined) {
      // Without a forced collection only a loose bound holds: no copy per cycle kept alive.
      expect(memory.usedJSHeapSize - heapBefore).to.be.lessThan(64 * 1024 * 1024);
    }
  });

  it('leaving the page aborts a request that never answers, and coming back loads again', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement(tags.timeline) as LitLike;
    const events: string[] = [];
    el.addEventListener('civic-error', () => events.push('civic-error'));
    el.addEventListener('civic-load', () => events.push('civic-load'));
    el.src = '/test-server/hang';
    wrapper.append(el);
    await el.updateComplete;
    await sleep(100);
    expect(el.hasAttribute('aria-busy')).to.equal(true);
    el.remove();
    expect(fetches.map((f) => [new URL(f.url).pathname, f.signal?.aborted])).to.deep.equal([
      ['/test-server/hang', true],
    ]);
    await sleep(200);
    expect(events).to.deep.equal([]);
    // Back on the page: the request starts again, and a new src replaces it.
    wrapper.append(el);
    await el.updateComplete;
    el.src = '/data/north-korea.json';
    await waitUntil(() => events.length > 0, 'loaded', { timeout: 8000 });
    expect(events).to.deep.equal(['civic-load']);
    expect(fetches.map((f) => [new URL(f.url).pathname, f.signal?.aborted])).to.deep.equal([
      ['/test-server/hang', true],
      ['/test-server/hang', true],
      ['/data/north-korea.json', false],
    ]);
    expect(pageErrors).to.deep.equal([]);
  });
});
