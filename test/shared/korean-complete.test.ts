/**
 * "Korean complete": with lang="ko", every word a reader sees or hears (text, ARIA labels,
 * SVG titles), every date and every number of the three widgets and <civic-dataset> is Korean,
 * inside an element whose lang is Korean, in every state a reader can reach. And the reverse:
 * in English, nothing Korean but the data.
 *
 * The data is Korean in every Text (koreanExampleDataset), so anything English that appears is
 * the widgets' own. Each scenario walks one widget through its states and hands every state to
 * an Audit, which collects what the shadow root shows and lists what is not in the language.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { issueMessage } from '../../src/data/dataset-issues.js';
import { loadDataset } from '../../src/data/load-dataset.js';
import '../../src/dataset/civic-dataset.js';
import '../../src/map/province-map.js';
import type { ProvinceMap } from '../../src/map/province-map.js';
import { mapMessages, type MapMessages } from '../../src/map/map-messages.js';
import { messagesFor, type Messages } from '../../src/shared/messages.js';
import { timelineMessages, type TimelineMessages } from '../../src/timeline/timeline-messages.js';
import { trackerMessages, type TrackerMessages } from '../../src/tracker/tracker-messages.js';
import '../../src/timeline/incident-timeline.js';
import type { IncidentTimeline } from '../../src/timeline/incident-timeline.js';
import '../../src/tracker/recommendation-tracker.js';
import type { RecommendationTracker } from '../../src/tracker/recommendation-tracker.js';
import { exampleBoundaries, koreanExampleDataset } from '../fixtures/datasets.js';
import { syntheticDataset } from '../fixtures/synthetic-dataset.js';
import { koreanUncertainDataset } from '../fixtures/uncertain-datasets.js';
import { choose, click as clickOn, resetMouse, typeInto } from '../fixtures/real-input.js';
import { createWidget, mountLinkedWidgets, pressOn } from '../fixtures/widget-helpers.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type Lang = 'ko' | 'en';

// ------------------------------------------------------------------ what the reader meets

/**
 * Latin a Korean reader legitimately meets. Short on purpose: any other run of three or more
 * Latin letters in a Korean widget is an untranslated string.
 */
const latinInKorean = new Set([
  // Key caps, printed in Latin on Korean keyboards (the keyboard help of each widget).
  'Enter',
  'Esc',
  // Data the schema cannot translate or that Korean writes in Latin: a publisher's name
  // (Source.publisher is one plain string) and the review's acronym inside its Korean name.
  'CIVICUS',
  'UPR',
  // Names of file formats and of the map's attribute, in error messages for data editors.
  'JSON',
  'TopoJSON',
  'geo',
]);

/** Korean in the English widgets: plain strings of the data (not Text), shown as they are. */
const koreanData = ['예시 뉴스', '노르웨이'];

/** Attributes whose text is shown or spoken. */
const spokenAttributes = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
];

const hangul = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
// URLs are addresses, not words; JSON paths with an index (`incidents[0].regionId`) name a
// file's fields, which are the same in every language.
const url = /https?:\/\/\S*/g;
const jsonPath =
  /[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*\[\d+\](?:\.[A-Za-z_$][\w$]*|\[\d+\])*/g;
// A number of four digits or more neither grouped in the Korean way (1,200) nor a year written
// as a Korean date (2024년): a count left unformatted, or a year in an English date format.
const ungroupedNumber = /(?<![\d,.])\d{4,}(?![\d,년])/;

interface Shown {
  text: string;
  where: string;
  lang: string;
}

/** The language in force at a node: its nearest `lang`, across shadow roots. */
function langAt(node: Node): string {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
    if (at instanceof Element && at.getAttribute('lang')) return at.getAttribute('lang')!;
  }
  return '';
}

function describeElement(element: Element): string {
  const part = element.getAttribute('part');
  const id = element.getAttribute('data-id') ?? element.id;
  return `<${element.localName}${part ? ` part="${part}"` : ''}${id ? ` #${id}` : ''}>`;
}

/** Every text node and spoken attribute of a shadow root. */
function shownIn(root: ShadowRoot): Shown[] {
  const shown: Shown[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      const parent = node.parentElement!;
      const text = node.data.trim();
      if (!text || parent.closest('style, script')) continue;
      // An error's JSON path, in <code>, is the path of the file, not a sentence.
      if (parent.localName === 'code' && parent.parentElement?.getAttribute('data-path') === text)
        continue;
      shown.push({ text, where: describeElement(parent), lang: langAt(node) });
      continue;
    }
    const element = node as Element;
    for (const name of spokenAttributes) {
      const text = element.getAttribute(name)?.trim();
      if (text)
        shown.push({ text, where: `${describeElement(element)}[${name}]`, lang: langAt(element) });
    }
  }
  return shown;
}

/** Locales that formatted numbers and dates while a scenario ran. */
class LocaleSpy {
  readonly used = new Set<string>();
  private readonly restores: (() => void)[] = [];

  start(): void {
    const used = this.used;
    const method = (
      target: object,
      name: string,
      localeOf: (self: never, args: unknown[]) => unknown,
    ) => {
      const original = (target as Mutable)[name] as (...args: unknown[]) => unknown;
      (target as Mutable)[name] = function (this: never, ...args: unknown[]) {
        used.add(`${name}:${String(localeOf(this, args) ?? 'default')}`);
        return original.apply(this, args);
      };
      this.restores.push(() => ((target as Mutable)[name] = original));
    };
    const getter = (target: object, name: string) => {
      const descriptor = Object.getOwnPropertyDescriptor(target, name)!;
      Object.defineProperty(target, name, {
        ...descriptor,
        get(this: Intl.NumberFormat | Intl.DateTimeFormat) {
          used.add(`${name}:${this.resolvedOptions().locale}`);
          return descriptor.get!.call(this);
        },
      });
      this.restores.push(() => Object.defineProperty(target, name, descriptor));
    };
    const firstArgument = (_: unknown, args: unknown[]) => args[0];
    const resolved = (self: Intl.DateTimeFormat) => self.resolvedOptions().locale;
    method(Number.prototype, 'toLocaleString', firstArgument);
    method(Date.prototype, 'toLocaleString', firstArgument);
    method(Date.prototype, 'toLocaleDateString', firstArgument);
    method(Date.prototype, 'toLocaleTimeString', firstArgument);
    method(Intl.DateTimeFormat.prototype, 'formatRange', resolved);
    method(Intl.DateTimeFormat.prototype, 'formatToParts', resolved);
    getter(Intl.NumberFormat.prototype, 'format');
    getter(Intl.DateTimeFormat.prototype, 'format');
  }

  stop(): void {
    this.restores.splice(0).forEach((restore) => restore());
  }
}

interface SeeOptions {
  /**
   * What a message quotes as it is, from outside the widget's words: the `src` URL, the
   * browser's own message for a failed fetch or JSON.parse, a name from the embedder's data.
   */
  quoted?: (string | RegExp)[];
  /** False when the text echoes data with numbers in it (an error quoting "2024-02-30"). */
  numbers?: boolean;
}

/** Collects the problems of every state seen, to list them all at once. */
class Audit {
  readonly problems = new Set<string>();
  readonly states: string[] = [];
  readonly messages: Messages;
  readonly map: MapMessages;
  readonly timeline: TimelineMessages;
  readonly tracker: TrackerMessages;
  readonly locales = new LocaleSpy();

  constructor(readonly lang: Lang) {
    this.messages = messagesFor(lang);
    this.map = mapMessages(lang);
    this.timeline = timelineMessages(lang);
    this.tracker = trackerMessages(lang);
  }

  /** Checks what `element` shows now, in the state called `state`. */
  see(element: Element, state: string, options: SeeOptions = {}): void {
    const name = `${element.localName}: ${state}`;
    this.states.push(name);
    const shown = shownIn(element.shadowRoot!);
    if (!shown.some((s) => hangul.test(s.text) === (this.lang === 'ko')))
      this.problems.add(`${name}: shows nothing in its language`);
    for (const { text, where, lang } of shown) {
      const at = `${name}: ${where} "${text}"`;
      if (!lang.toLowerCase().startsWith(this.lang))
        this.problems.add(`${at} is in lang="${lang}"`);
      let words = text;
      for (const quote of options.quoted ?? []) words = words.replaceAll(quote, '');
      if (this.lang === 'ko') {
        words = words.replace(url, '').replace(jsonPath, '');
        const english = (words.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !latinInKorean.has(w));
        if (english.length) this.problems.add(`${at} has ${english.join(', ')}`);
        if (options.numbers !== false && ungroupedNumber.test(words))
          this.problems.add(`${at} has a number neither grouped nor a Korean year`);
      } else {
        for (const data of koreanData) words = words.replaceAll(data, '');
        if (hangul.test(words)) this.problems.add(`${at} has Korean`);
      }
    }
  }

  /** Each of `texts` is a date written in the language: 2024년 9월 / September 2024. */
  dates(texts: string[], what: string): void {
    if (!texts.length) this.problems.add(`${what}: no date found`);
    const pattern =
      this.lang === 'ko'
        ? /\d+(년|월|일)/
        : /\b(1[89]|20)\d\d\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
    for (const text of texts)
      if (!pattern.test(text))
        this.problems.add(`${what}: "${text}" is not a date in ${this.lang}`);
  }

  /** The same text, in Korean and in English. */
  pick<T>(ko: T, en: T): T {
    return this.lang === 'ko' ? ko : en;
  }

  /** No problem in any state, and every number and date formatted in the language. */
  done(): void {
    const locales = [...this.locales.used].filter(
      (used) => !used.split(':')[1]!.toLowerCase().startsWith(this.lang),
    );
    for (const used of locales) this.problems.add(`formatted with locale ${used}`);
    const problems = [...this.problems];
    if (problems.length)
      expect.fail(
        `${problems.length} problems in ${this.states.length} states:\n${problems.join('\n')}`,
      );
  }
}

// ------------------------------------------------------------------ mounting and acting

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const texts = (el: Element, selector: string) => $$(el, selector).map((e) => e.textContent!.trim());

/** A widget in a container `width` pixels wide, its properties set before it connects. */
async function mount<T extends Widget>(
  tag: string,
  properties: Record<string, unknown>,
  attributes: Record<string, string>,
  width = 900,
): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = createWidget<T>({ tag, attributes, properties });
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** Waits until `selector` is in the widget's shadow root: the state was reached. */
async function reach<T extends Element = HTMLElement>(el: Widget, selector: string): Promise<T> {
  await waitUntil(() => $(el, selector), `${el.localName} shows ${selector}`, { timeout: 5000 });
  await el.updateComplete;
  return $<T>(el, selector)!;
}

/** Clicks `target` in the widget with the real mouse, and waits for the widget to update. */
async function click(el: Widget, target: Element | null | undefined): Promise<void> {
  expect(target, 'something to click').to.exist;
  await clickOn(target!);
  await el.updateComplete;
}

function buttonSaying(el: Element, text: string): HTMLButtonElement | undefined {
  return $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === text);
}

/**
 * The synthetic dataset of `options` with Korean in every Text, and its plain strings (one
 * publisher, the recommending states) in the reader's language, as a dataset for them would be.
 */
function koreanSynthetic(options: Parameters<typeof syntheticDataset>[0], lang: Lang) {
  const data = syntheticDataset(options) as Mutable;
  const korean: Record<string, string> = {
    expression: '표현',
    assembly: '집회',
    association: '결사',
    detention: '구금',
    surveillance: '감시',
    movement: '이동',
    treaties: '조약',
    cooperation: '협력',
  };
  for (const category of data.categories)
    category.label = { en: category.id, ko: korean[category.id] };
  for (const theme of data.themes)
    theme.label = { en: theme.label.en, ko: `주제: ${korean[theme.id]}` };
  if (lang === 'en') return data;
  data.sources[0].publisher = '합성 데이터 생성기';
  for (const review of data.reviews) {
    review.mechanism = { en: review.mechanism, ko: '보편적 정례 검토(UPR)' };
    review.body = { en: review.body, ko: '합성 기구' };
    for (const recommendation of review.recommendations)
      recommendation.recommendingStates = recommendation.recommendingStates.map((s: string) =>
        s.replace('State', '국가'),
      );
  }
  return data;
}

/** The dataset broken in many ways at once: every problem has a Korean sentence. */
function invalidDataset() {
  const data = koreanExampleDataset() as Mutable;
  data.country.code = 'xa';
  data.regions[1].id = '   ';
  data.themes[0].label = {};
  data.places[0].coordinates = [500, 20];
  data.incidents[0].regionId = 'XA-99';
  delete data.incidents[0].sourceIds;
  data.incidents[1].date = '2024-02-30';
  data.incidents[1].peopleAffected = -1;
  data.incidents[2].title = 42;
  data.incidents[2].peopleAffected = 1.5;
  data.incidents[2].endDate = '2023-01';
  return data;
}

let slowRequests = 0;
/**
 * A file served after five seconds: the widget is loading until then. A new URL each time, so
 * that no earlier answer, cached by the browser, ends the loading state at once.
 */
const slow = (path: string) => `/test-server/delay/5000/${path}?request=${(slowRequests += 1)}`;

/** What the browser itself says for a fetch or JSON.parse that fails: quoted, not ours. */
async function browserMessage(url: string): Promise<string> {
  try {
    JSON.parse(await (await fetch(url)).text());
    return '';
  } catch (error) {
    return (error as Error).message.slice(0, 197);
  }
}

// ------------------------------------------------------------------ scenarios

/** The states every widget shares: loading, every kind of error, and nothing to show. */
async function sharedStates(tag: string, audit: Audit) {
  const lang = { lang: audit.lang };
  const loading = await mount<Widget>(tag, { src: slow('data/north-korea.json') }, lang);
  await reach(loading, '[part="loading"]');
  expect(loading.getAttribute('aria-busy')).to.equal('');
  audit.see(loading, 'loading');

  const invalid = await mount<Widget>(tag, { data: invalidDataset() }, lang);
  await reach(invalid, '[part="error"] li[data-path="incidents[1].date"]');
  audit.see(invalid, 'invalid data, every problem with its path', { numbers: false });

  // More problems than are listed: the counts are numbers in the language (1,200).
  const crowded = koreanExampleDataset() as Mutable;
  crowded.incidents = Array.from({ length: 1200 }, (_, i) => ({
    ...crowded.incidents[0],
    id: `incident-${i}`,
    peopleAffected: -1,
  }));
  const many = await mount<Widget>(tag, { data: crowded }, lang);
  await reach(many, '[part="error"] li[data-path="incidents[49].peopleAffected"]');
  expect($(many, '[part="error"] p')!.textContent).to.equal(
    audit.pick('문제 1,200건:', '1,200 problems found:'),
  );
  expect(texts(many, '[part="error"] li').at(-1)).to.equal(
    audit.pick('…외 1,150건', '…and 1,150 more'),
  );
  audit.see(many, 'more problems than are listed');

  const cyclic = koreanExampleDataset() as Mutable;
  cyclic.incidents[0].self = cyclic.incidents[0];
  cyclic.incidents[1].format = () => 'not JSON';
  cyclic.incidents[2].when = new (class Calendar {})();
  cyclic.themes.push(undefined);
  const notJson = await mount<Widget>(tag, { data: cyclic }, lang);
  await reach(notJson, '[part="error"] li[data-path="incidents[0].self"]');
  // The class's name is the embedder's, quoted as it is.
  audit.see(notJson, 'data that is not JSON', { quoted: ['Calendar'] });

  const later = koreanExampleDataset() as Mutable;
  later.schemaVersion = 2;
  const version = await mount<Widget>(tag, { data: later }, lang);
  await reach(version, '[part="error"] li[data-path="schemaVersion"]');
  audit.see(version, 'another schema version');

  const failing = '/test-server/status/500';
  const status = await mount<Widget>(tag, { src: failing }, lang);
  await reach(status, '[part="error"]');
  audit.see(status, 'HTTP 500', { quoted: [failing] });

  const truncated = await mount<Widget>(tag, { src: '/test-server/truncated' }, lang);
  await reach(truncated, '[part="error"]');
  audit.see(truncated, 'a truncated file', {
    quoted: [await browserMessage('/test-server/truncated')],
  });

  const unreachable = 'http://[::1]:1/unreachable.json';
  const network = await mount<Widget>(tag, { src: unreachable }, lang);
  await reach(network, '[part="error"]');
  audit.see(network, 'an unreachable address', {
    quoted: [unreachable, await browserMessage(unreachable)],
  });

  const nothingToShow = koreanExampleDataset() as Mutable;
  nothingToShow.incidents = [];
  nothingToShow.reviews = [];
  const empty = await mount<Widget>(
    tag,
    { data: nothingToShow, geometry: exampleBoundaries({ islands: true }) },
    lang,
  );
  await reach(empty, '[part="empty"]');
  audit.see(empty, 'a dataset with nothing to show');
}

async function timelineStates(audit: Audit) {
  const m = audit.messages;
  const t = audit.timeline;
  const lang = { lang: audit.lang };
  const el = await mount<IncidentTimeline>(
    'civic-incident-timeline',
    { data: koreanExampleDataset() },
    lang,
  );
  await reach(el, '[part="incident"]');
  audit.see(el, 'default view');
  audit.dates(texts(el, '[part="axis"] text'), 'axis ticks');
  audit.dates([$(el, '#summary')!.textContent!], 'summary');

  await click(el, $(el, '[part="table-toggle"]'));
  await reach(el, '[part="table"]');
  audit.see(el, 'table view');
  const dateCells = texts(el, '[part="table"] tbody td:first-child');
  audit.dates(dateCells, 'table dates');
  expect(dateCells).to.include(audit.pick('2024년 9월', 'September 2024'));
  expect(texts(el, '[part="table"] tbody td.numeric')).to.include('1,200');

  await click(el, $(el, '[part="incident"][data-id="protest-ban"]'));
  await reach(el, '[part="detail"]');
  audit.see(el, 'detail of a selected incident');
  audit.dates([$(el, '[part="detail"] dd')!.textContent!], 'detail date');
  expect($(el, '[part="detail"] .sources li')!.textContent!.trim()).to.equal(
    audit.pick('CIVICUS (2025년 1월 15일)', 'CIVICUS (January 15, 2025)'),
  );
  expect($(el, '[part="detail"] dd')!.textContent).to.equal(
    audit.pick('2024년 6월 – 2024년 10월 5일', 'June 2024 – October 5, 2024'),
  );

  // A category toggled off in the legend: the filter bar says what is hidden.
  await click(el, $(el, '.legend button'));
  await reach(el, '[part="filters"]');
  audit.see(el, 'filtered by category');
  expect($(el, '[part="filters"] p')!.textContent).to.equal(
    m.filteredBy(audit.pick('집회', 'Assembly')),
  );
  await click(el, $(el, '[part="clear-filters"]'));

  await click(el, buttonSaying(el, t.filterToView));
  await reach(el, '[part="filters"]');
  audit.see(el, 'filtered to a period');
  audit.dates([$(el, '[part="filters"] p')!.textContent!], 'period in the filter bar');
  expect(buttonSaying(el, t.clearPeriod)).to.exist;

  const byRegion = await mount<IncidentTimeline>(
    'civic-incident-timeline',
    { data: koreanExampleDataset() },
    { ...lang, 'group-by': 'region' },
  );
  await reach(byRegion, '.lane-label');
  expect(texts(byRegion, '.lane-label')).to.include(m.locationNotStated);
  audit.see(byRegion, 'lanes by region');

  const narrow = await mount<IncidentTimeline>(
    'civic-incident-timeline',
    { data: koreanExampleDataset() },
    lang,
    360,
  );
  await reach(narrow, '.list [part="incident"]');
  audit.see(narrow, 'list by month (narrow)');
  audit.dates(texts(narrow, '.list h3'), 'months of the list');
  expect(texts(narrow, '.list h3')).to.include(audit.pick('2024년 9월', 'September 2024'));
  await click(narrow, $(narrow, '.list [part="incident"][data-id="arrests"]'));
  await reach(narrow, '[part="detail"]');
  audit.see(narrow, 'list with an incident open');
}

/**
 * What sources leave uncertain (issue 13), in both widgets that draw incidents: dates known only
 * by a bound, incidents without a date, ranges of people, reports not verified, a place's note.
 */
async function uncertainStates(audit: Audit) {
  const m = audit.messages;
  const lang = { lang: audit.lang };
  const data = koreanUncertainDataset();
  const el = await mount<IncidentTimeline>('civic-incident-timeline', { data }, lang);
  await reach(el, '[part="incident"][data-id="trial-after"]');
  audit.see(el, 'bounds, undated and unverified incidents');
  expect($(el, '.undated')!.textContent).to.equal(audit.timeline.undated(2));

  await click(el, $(el, '[part="table-toggle"]'));
  await reach(el, '[part="table"]');
  audit.see(el, 'table of uncertain records');
  expect(texts(el, '[part="table"] tbody td:first-child')).to.include(m.dateNotStated);

  await click(el, $(el, '[part="incident"][data-id="strike-about"]'));
  await reach(el, '[part="detail"]');
  audit.see(el, 'detail of an incident about a month, with a range and a place note');

  await click(el, $(el, '.verified-only'));
  await reach(el, '[part="filters"]');
  audit.see(el, 'verified incidents only');

  const narrow = await mount<IncidentTimeline>('civic-incident-timeline', { data }, lang, 360);
  await reach(narrow, '.list [part="incident"]');
  expect(texts(narrow, '.list h3').at(-1)).to.equal(m.dateNotStated);
  audit.see(narrow, 'list with undated incidents last');

  const linked = await mountLinkedWidgets(
    ['civic-incident-timeline', 'civic-province-map'],
    { data },
    { width: 900, lang: audit.lang },
  );
  const [timeline, map] = linked.widgets as [IncidentTimeline, ProvinceMap];
  map.geometry = exampleBoundaries();
  map.setAttribute('measure', 'people');
  linked.dataset.filter = { categoryIds: [], regionIds: [], from: '2024-11', to: '2024-11' };
  await reach(timeline, '[part="filters"] .possible');
  audit.see(timeline, 'a period that bounded incidents possibly match');
  await reach(map, '[part="legend"]');
  audit.see(map, 'people counted from ranges, in the period');
}

async function mapStates(audit: Audit) {
  const t = audit.map;
  const lang = { lang: audit.lang };
  const geometry = exampleBoundaries({ islands: true });
  const el = await mount<ProvinceMap>(
    'civic-province-map',
    { data: koreanExampleDataset(), geometry },
    lang,
    600,
  );
  await reach(el, '[part="region"]');
  audit.see(el, 'default view');
  expect($(el, '[part="legend"] .unlocated')!.textContent).to.equal(t.unlocated(1));
  expect($(el, '[part="region"][data-id="XA-03"]')!.getAttribute('aria-label')).to.equal(
    `${audit.pick('섬 지역', 'Islands')}: ${t.noData}`,
  );

  await click(el, $(el, '[part="table-toggle"]'));
  await reach(el, '[part="table"]');
  audit.see(el, 'table view');

  await click(el, $(el, '[part="region"][data-id="XA-02"]'));
  await reach(el, '[part="detail"] .incidents');
  audit.see(el, 'a region selected, its incidents listed, the filter bar');
  audit.dates(texts(el, '[part="detail"] .when'), 'dates of the region’s incidents');
  await reach(el, '[part="filters"]');

  await click(el, $(el, '[part="detail"] .incidents button[data-id="protest-ban"]'));
  await reach(el, '[part="detail"] dl');
  audit.see(el, 'an incident of the region open');
  audit.dates([$(el, '[part="detail"] dd')!.textContent!], 'detail date');

  await click(el, $(el, '[part="place"][data-id="capital"]'));
  await reach(el, '[part="detail"] .incidents');
  audit.see(el, 'a named place selected');

  const people = await mount<ProvinceMap>(
    'civic-province-map',
    { data: koreanExampleDataset(), geometry },
    { ...lang, measure: 'people' },
    600,
  );
  await reach(people, '[part="region"]');
  audit.see(people, 'people affected');

  // A region of the dataset that the boundaries do not draw: counted, and said so.
  const beyond = koreanExampleDataset() as Mutable;
  beyond.regions.push({ id: 'XA-04', name: { en: 'West', ko: '서부' } });
  beyond.incidents.push({
    ...beyond.incidents[0],
    id: 'west',
    regionId: 'XA-04',
    placeId: undefined,
  });
  const notOnMap = await mount<ProvinceMap>(
    'civic-province-map',
    { data: beyond, geometry },
    lang,
    600,
  );
  await reach(notOnMap, '[part="region"]');
  await click(notOnMap, $(notOnMap, '[part="table-toggle"]'));
  await reach(notOnMap, '[part="table"] tr[data-id="XA-04"]');
  audit.see(notOnMap, 'a region not on the map');

  const noContext = await mount<ProvinceMap>(
    'civic-province-map',
    { data: koreanExampleDataset(), geometry, context: '/test-server/status/500' },
    lang,
    600,
  );
  await waitUntil(() => texts(noContext, '.note').includes(t.contextFailed), 'context failed', {
    timeout: 5000,
  });
  audit.see(noContext, 'neighbours that could not be loaded');

  const needsGeo = await mount<ProvinceMap>(
    'civic-province-map',
    { data: koreanExampleDataset() },
    lang,
    600,
  );
  await reach(needsGeo, '[part="error"] [data-path="geo"]');
  audit.see(needsGeo, 'no built-in boundaries for the country');

  const twice = exampleBoundaries({ islands: true });
  twice.objects.regions.geometries[1]!.id = 'XA-01';
  for (const [state, shapes, objectName] of [
    ['boundaries that are not a topology', [], undefined],
    ['boundaries with a region twice', twice, undefined],
    ['boundaries without the object named', exampleBoundaries({ islands: true }), 'provinces'],
  ] as const) {
    const broken = await mount<ProvinceMap>(
      'civic-province-map',
      { data: koreanExampleDataset(), geometry: shapes, geoObject: objectName },
      lang,
      600,
    );
    await reach(broken, '[part="error"] li');
    audit.see(broken, state, { quoted: objectName ? [objectName] : [] });
  }

  const loadingShapes = await mount<ProvinceMap>(
    'civic-province-map',
    { data: koreanExampleDataset() },
    { ...lang, geo: slow('test/fixtures/am-provinces.topo.json') },
    600,
  );
  await reach(loadingShapes, '[part="loading"]');
  audit.see(loadingShapes, 'boundaries loading');
}

async function trackerStates(audit: Audit) {
  const m = audit.messages;
  const t = audit.tracker;
  const lang = { lang: audit.lang };
  const el = await mount<RecommendationTracker>(
    'civic-recommendation-tracker',
    { data: koreanExampleDataset() },
    lang,
    800,
  );
  await reach(el, '[part="recommendation"]');
  audit.see(el, 'default view: review, arithmetic, bars, filters, groups');
  expect($(el, '#review-title')!.textContent).to.equal(
    audit.pick('보편적 정례 검토(UPR), 2024년 11월', 'Universal Periodic Review, November 2024'),
  );
  expect($(el, '.switcher')).to.exist;

  await click(el, $(el, '[part="table-toggle"]'));
  await reach(el, '[part="table"]');
  audit.see(el, 'table view');

  await click(el, $(el, '[part="recommendation"][data-id="rec-1"] > button'));
  await reach(el, '.rec-detail');
  audit.see(el, 'a recommendation open');
  expect(texts(el, '.rec-detail .sources li')).to.deep.equal([
    audit.pick('CIVICUS (2025년 1월 15일)', 'CIVICUS (January 15, 2025)'),
  ]);

  /** Picks the option of `value` in the select of `filter`, with the keyboard. */
  const filterBy = async (filter: string, value: string) => {
    const select = $<HTMLSelectElement>(el, `[data-filter="${filter}"]`)!;
    const option = [...select.options].find((o) => o.value === value);
    expect(option, `an option "${value}" in the ${filter} filter`).to.exist;
    await choose(select, option!.text.trim());
    await el.updateComplete;
  };
  await filterBy('response', 'noted');
  expect(buttonSaying(el, m.clearFilters)).to.exist;
  audit.see(el, 'filtered by response');
  await filterBy('theme', 'press');
  audit.see(el, 'filtered by theme');
  await typeInto($<HTMLInputElement>(el, '[data-filter="query"]')!, '없는말');
  await el.updateComplete;
  await reach(el, '[part="empty"]');
  audit.see(el, 'a search that matches nothing');
  await click(el, $(el, '[part="empty"] button'));
  await reach(el, '[part="recommendation"]');

  await click(el, $(el, '.switcher button[data-review="upr-3"]'));
  await reach(el, '.note');
  expect($(el, '.note')!.textContent!.trim()).to.equal(t.noRecommendations);
  audit.see(el, 'a review listing no recommendation');
}

/** All three widgets inside <civic-dataset lang>, linked by one filter. */
async function linkedStates(audit: Audit) {
  const m = audit.messages;
  const linked = await mountLinkedWidgets(
    [
      { tag: 'civic-province-map', properties: { geometry: exampleBoundaries({ islands: true }) } },
      'civic-incident-timeline',
      'civic-recommendation-tracker',
    ],
    { data: koreanExampleDataset() },
    { width: 900, lang: audit.lang },
  );
  const dataset = linked.dataset;
  const widgets = linked.widgets as [ProvinceMap, IncidentTimeline, RecommendationTracker];
  const [map, timeline, tracker] = widgets;
  const seeAll = (state: string) => widgets.forEach((w) => audit.see(w, state));
  await reach(map, '[part="region"]');
  await reach(timeline, '[part="incident"]');
  await reach(tracker, '.context');
  seeAll('linked');
  audit.dates(texts(tracker, '.context p, .context .when'), 'the context of the review');

  await click(map, $(map, '[part="region"][data-id="XA-01"]'));
  for (const w of widgets) await reach(w, '[part="filters"]');
  expect($(timeline, '[part="filters"] p')!.textContent).to.equal(
    m.filteredBy(audit.pick('북부', 'North')),
  );
  expect($(tracker, '.context')!.textContent).to.include(audit.tracker.contextMatching);
  seeAll('a region selected in the map filters the others');

  dataset.filter = { categoryIds: [], regionIds: [], query: audit.pick('기자', 'journalists') };
  await reach(tracker, '.count');
  await waitUntil(
    () =>
      $(tracker, '.count')!.textContent!.includes(
        audit.tracker.sharedQuery(audit.pick('기자', 'journalists')),
      ),
    'shared query',
  );
  seeAll('a shared search');

  dataset.filter = { categoryIds: [], regionIds: [], from: '2030' };
  await reach(map, '[part="empty"] button');
  await reach(timeline, '[part="empty"] button');
  seeAll('a period with nothing in it');
  await click(timeline, $(timeline, '[part="empty"] button'));
  await reach(timeline, '[part="incident"]');

  dataset.data = invalidDataset();
  for (const w of widgets) await reach(w, '[part="error"]');
  widgets.forEach((w) => audit.see(w, 'linked to invalid data', { numbers: false }));

  const loading = await mountLinkedWidgets(
    ['civic-province-map', 'civic-incident-timeline', 'civic-recommendation-tracker'],
    { src: slow('data/north-korea.json') },
    { width: 900, lang: audit.lang },
  );
  for (const w of loading.widgets as Widget[]) {
    await reach(w, '[part="loading"]');
    audit.see(w, 'linked, loading');
  }
}

/** Thousands of incidents and hundreds of recommendations: counts per period, pages, "more". */
async function largeStates(audit: Audit) {
  const { widgets } = await mountLinkedWidgets(
    ['civic-incident-timeline', 'civic-recommendation-tracker'],
    { data: koreanSynthetic({ incidents: 3000, recommendations: 600, seed: 2 }, audit.lang) },
    { width: 900, lang: audit.lang },
  );
  const [timeline, tracker] = widgets as [IncidentTimeline, RecommendationTracker];
  // Titles and states of the synthetic data hold numbers of their own ("합성 사건 2023").
  const large = { quoted: [/(합성 사건|합성 권고|국가|Synthetic incident|State) \d+/g] };

  await reach(timeline, '[part="aggregate"]');
  const chart = $<SVGSVGElement>(timeline, '.chart svg')!;
  await pressOn(chart, 'ArrowRight');
  await timeline.updateComplete;
  await reach(timeline, '.active-bin');
  audit.see(timeline, 'counts per period, one in focus', large);
  audit.dates(texts(timeline, '[part="axis"] text'), 'axis ticks');
  await click(timeline, $(timeline, '[part="table-toggle"]'));
  await reach(timeline, '.table-more');
  audit.see(timeline, 'a long table, a page at a time', large);
  await click(timeline, $(timeline, '.table-more'));
  expect($$(timeline, '[part="table"] tbody tr')).to.have.length(1000);

  await reach(tracker, 'button.more');
  audit.see(tracker, 'a long list with "show more", the context counted', large);
  await click(tracker, $(tracker, '[part="table-toggle"]'));
  await reach(tracker, '.table-more');
  audit.see(tracker, 'a long table, a page at a time', large);
}

// ------------------------------------------------------------------ tests

function auditIn(lang: Lang, scenario: (audit: Audit) => Promise<void>) {
  return async () => {
    const audit = new Audit(lang);
    audit.locales.start();
    try {
      await scenario(audit);
    } finally {
      audit.locales.stop();
    }
    audit.done();
  };
}

describe('Korean complete', () => {
  afterEach(() => resetMouse());

  describe('the audit', () => {
    it('flags English words, labels and SVG titles, Korean outside lang="ko", and English number formats', async () => {
      const audit = new Audit('ko');
      const el = await mount<IncidentTimeline>(
        'civic-incident-timeline',
        { data: koreanExampleDataset() },
        { lang: 'ko' },
      );
      await reach(el, '[part="incident"]');
      audit.see(el, 'as drawn');
      audit.done();
      const planted = document.createElement('div');
      planted.innerHTML = `<p>Show all</p><button aria-label="Zoom in">+</button>
        <svg><rect><title>Incident</title></rect></svg><p lang="en">사건</p><p>2024</p>`;
      el.shadowRoot!.append(planted);
      audit.see(el, 'with English planted');
      const problems = [...audit.problems].join('\n');
      expect(problems).to.include('"Show all" has Show');
      expect(problems).to.include('[aria-label] "Zoom in" has Zoom');
      expect(problems).to.include('<title> "Incident" has Incident');
      expect(problems).to.include('"사건" is in lang="en"');
      expect(problems).to.include('"2024" has a number neither grouped nor a Korean year');
      audit.locales.start();
      (1234).toLocaleString('en');
      audit.locales.stop();
      expect(() => audit.done()).to.throw('formatted with locale toLocaleString:en');
    });
  });

  for (const lang of ['ko', 'en'] as const) {
    describe(
      lang === 'ko'
        ? 'with lang="ko", everything is Korean'
        : 'with lang="en", nothing is Korean but the data',
      () => {
        it('<civic-incident-timeline> in every state', auditIn(lang, timelineStates));
        it('<civic-province-map> in every state', auditIn(lang, mapStates));
        it('<civic-recommendation-tracker> in every state', auditIn(lang, trackerStates));
        it('uncertain records in the timeline and the map', auditIn(lang, uncertainStates));
        for (const tag of [
          'civic-incident-timeline',
          'civic-province-map',
          'civic-recommendation-tracker',
        ])
          it(
            `<${tag}> loading, in error and with nothing to show`,
            auditIn(lang, (a) => sharedStates(tag, a)),
          );
        it('<civic-dataset> linking the three, in every shared state', auditIn(lang, linkedStates));
        it(
          'thousands of records: counts per period, pages and "show more"',
          auditIn(lang, largeStates),
        );
      },
    );
  }

  it('a regional tag (ko-KR), or one written as a POSIX locale (ko_KR), reads Korean too', async () => {
    const audit = new Audit('ko');
    audit.locales.start();
    try {
      for (const lang of ['ko-KR', 'ko_KR'])
        for (const tag of [
          'civic-incident-timeline',
          'civic-province-map',
          'civic-recommendation-tracker',
        ]) {
          const el = await mount<Widget>(
            tag,
            { data: koreanExampleDataset(), geometry: exampleBoundaries({ islands: true }) },
            { lang },
          );
          await reach(el, '[part="incident"], [part="region"], [part="recommendation"]');
          // The table formats numbers: a tag Intl cannot read must not make it throw.
          await click(el, $(el, '[part="table-toggle"]'));
          await reach(el, '[part="table"]');
          audit.see(el, `lang="${lang}", table open`);
        }
    } finally {
      audit.locales.stop();
    }
    audit.done();
  });

  it('a server that never answers is reported in Korean', async () => {
    const result = await loadDataset('/test-server/hang', { timeoutMs: 1000 });
    const issue = !result.ok ? result.error.issues[0]! : undefined;
    expect(issue?.code).to.equal('network');
    expect(issueMessage(issue!, 'ko')).to.equal(
      '/test-server/hang을(를) 불러올 수 없습니다 (1초 동안 응답 없음)',
    );
    expect(issueMessage(issue!, 'en')).to.equal(
      '/test-server/hang could not be loaded (no answer after 1 s)',
    );
  });
});
