/**
 * The map honest about what its sources do not say (issue 13): `measure="people"` shades by the
 * least number a range allows and the legend says so; regions and places whose every incident
 * is reported or alleged, not verified, are drawn with a dashed edge or hollow (not by colour
 * alone), which the legend explains; a place's note is shown with its incidents.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/map/province-map.js';
import type { ProvinceMap } from '../../src/map/province-map.js';
import { exampleBoundaries } from '../fixtures/datasets.js';
import { click, resetMouse } from '../fixtures/real-input.js';
import { koreanUncertainDataset, uncertainExampleDataset } from '../fixtures/uncertain-datasets.js';
import { mountWidget } from '../fixtures/widget-helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const root = (el: ProvinceMap) => el.shadowRoot!;
const region = (el: ProvinceMap, id: string) =>
  root(el).querySelector<SVGPathElement>(`[part="region"][data-id="${id}"]`)!;
const place = (el: ProvinceMap, id: string) =>
  root(el).querySelector<SVGCircleElement>(`[part="place"][data-id="${id}"]`)!;
const text = (el: ProvinceMap, selector: string) =>
  root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The map of the example's squares, given `data`, drawn `width` wide. */
async function squares(data: Json, attributes = '', width = 600): Promise<ProvinceMap> {
  const el = await mountWidget<ProvinceMap>('civic-province-map', undefined, attributes, width);
  el.geometry = exampleBoundaries();
  el.data = data;
  await waitUntil(() => root(el).querySelector('[part="region"]'), 'regions drawn', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

/** The uncertain example with every incident of the south, and the arrests, marked `status`. */
function southUnverified(status = 'reported'): Json {
  const data = uncertainExampleDataset();
  for (const incident of data.incidents)
    if (incident.regionId === 'XA-02' || incident.id === 'arrests') incident.verification = status;
  return data;
}

describe('<civic-province-map> with uncertain records', () => {
  afterEach(() => resetMouse());

  it('shades people by the least number of a range, and says so in the legend, summary and table', async () => {
    const el = await squares(uncertainExampleDataset(), 'measure="people"');
    // The north: 2 people arrested, and "at least 30" at the trial.
    expect(region(el, 'XA-01').getAttribute('aria-label')).to.equal(
      'North: at least 32 people affected, 3 incidents, 1 not verified',
    );
    expect(text(el, '[part="legend"]')).to.include(
      'Where a source gives a range (2 incidents: “at least 30”, “12–20”), the least number is counted.',
    );
    expect(text(el, '#summary')).to.include('most in North (at least 32)');
    await click(root(el).querySelector('[part="table-toggle"]')!);
    await el.updateComplete;
    const north = root(el).querySelector('[part="table"] tr[data-id="XA-01"]')!;
    expect(north.textContent).to.include('at least 32');
    // The south's 12–20 counts as 12.
    expect(root(el).querySelector('tr[data-id="XA-02"]')!.textContent).to.include('at least 12');
  });

  it('colours by the least number: "at least 30" shades like 30, never more', async () => {
    const data = uncertainExampleDataset();
    const exact = structuredClone(data);
    exact.incidents.find((i: Json) => i.id === 'trial-after').peopleAffected = 30;
    const ranged = await squares(data, 'measure="people"');
    const counted = await squares(exact, 'measure="people"');
    expect(region(ranged, 'XA-01').getAttribute('class')).to.equal(
      region(counted, 'XA-01').getAttribute('class'),
    );
    expect(region(counted, 'XA-01').getAttribute('aria-label')).to.include('32 people affected');
  });

  it('draws a region whose every incident is not verified with a dashed edge, and explains it', async () => {
    const el = await squares(southUnverified());
    const outline = root(el).querySelector<SVGPathElement>('.outlines path.unverified')!;
    expect(outline).to.exist;
    expect(outline.getAttribute('d')).to.equal(region(el, 'XA-02').getAttribute('d'));
    expect(root(el).querySelectorAll('.outlines path.unverified')).to.have.length(1);
    expect(getComputedStyle(outline).strokeDasharray).to.not.equal('none');
    expect(text(el, '[part="legend"]')).to.include(
      'Dashed edge, hollow marker: every incident there is reported or alleged, not verified',
    );
    expect(region(el, 'XA-02').getAttribute('aria-label')).to.include('3 not verified');
    expect(text(el, '#summary')).to.include('6 incidents are reported or alleged, not verified.');
  });

  it('draws a place whose every incident is not verified hollow', async () => {
    const el = await squares(southUnverified('alleged'));
    const plain = await squares(uncertainExampleDataset());
    const capital = place(el, 'capital');
    expect(capital.classList.contains('unverified')).to.equal(true);
    const hollow = getComputedStyle(capital);
    const filled = getComputedStyle(place(plain, 'capital'));
    expect(hollow.strokeDasharray).to.not.equal('none');
    expect(filled.strokeDasharray).to.equal('none');
    // Hollow: filled with the background, edged with what fills a verified marker.
    expect(hollow.fill).to.not.equal(filled.fill);
    expect(hollow.stroke).to.equal(filled.fill);
  });

  it('draws nothing dashed for a dataset that does not say how sure its sources are', async () => {
    const data = uncertainExampleDataset();
    for (const incident of data.incidents) delete incident.verification;
    const el = await squares(data);
    expect(root(el).querySelector('.unverified')).to.equal(null);
    expect(text(el, '[part="legend"]')).to.not.include('Dashed');
  });

  it("shows a place's note with its incidents", async () => {
    const data = uncertainExampleDataset();
    data.places[0].note = 'Synthetic note: the capital moved north in 2021.';
    const el = await squares(data);
    await click(place(el, 'capital'));
    await el.updateComplete;
    expect(text(el, '[part="detail"] .place-note')).to.equal(
      'Synthetic note: the capital moved north in 2021.',
    );
  });

  it('shows the bundled note on Kaepung, in Korean with lang="ko"', async () => {
    const el = await mountWidget<ProvinceMap>('civic-province-map', undefined, 'lang="ko"', 700);
    el.src = '/data/north-korea.json';
    await waitUntil(() => place(el, 'kaepung'), 'Kaepung drawn', { timeout: 10000 });
    await click(place(el, 'kaepung'));
    await el.updateComplete;
    const note = root(el).querySelector('[part="detail"] .place-note')!;
    expect(note.getAttribute('lang')).to.equal('ko');
    expect(note.textContent).to.include('개성시');
  });

  it('says it in Korean', async () => {
    const data = koreanUncertainDataset();
    for (const incident of data.incidents)
      if (incident.regionId === 'XA-02') incident.verification = 'reported';
    const el = await squares(data, 'measure="people" lang="ko"');
    expect(region(el, 'XA-01').getAttribute('aria-label')).to.include('최소 32명');
    expect(text(el, '[part="legend"]')).to.include('가장 작은 수를 셉니다');
    expect(text(el, '[part="legend"]')).to.include('점선 테두리');
  });
});
