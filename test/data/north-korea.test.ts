import { expect } from '@open-wc/testing';
import { loadDataset } from '../../src/data/load-dataset.js';
import type { Dataset } from '../../src/data/schema.js';
import { textIn } from '../../src/data/text.js';

// The facts of the seed report (shared/seeds) that the bundled dataset must carry.
describe('data/north-korea.json', () => {
  let dataset: Dataset;

  before(async () => {
    const result = await loadDataset('/data/north-korea.json');
    if (!result.ok) throw new Error(JSON.stringify(result.error.issues));
    dataset = result.dataset;
  });

  const incident = (id: string) => dataset.incidents.find((i) => i.id === id)!;
  const placeNamed = (name: string) =>
    dataset.places.find((p) => textIn(p.name, 'en').startsWith(name));

  it('is rated closed by the CIVICUS Monitor', () => {
    expect(dataset.rating?.value).to.equal('closed');
    expect(dataset.rating?.scale).to.equal('CIVICUS Monitor');
  });

  it('names the places of the report, each in its province, in English and Korean', () => {
    const expected = { Hoeryong: 'KP-09', Sinuiju: 'KP-03', Haeju: 'KP-05', Kaepung: 'KP-06' };
    for (const [name, regionId] of Object.entries(expected)) {
      const place = placeNamed(name);
      expect(place, name).to.exist;
      expect(place!.regionId, name).to.equal(regionId);
      expect(textIn(place!.name, 'ko'), name).to.match(/[가-힣]/);
    }
  });

  it('records the two executions and the seven prison terms as outcomes', () => {
    const people = (outcome: string) =>
      dataset.incidents
        .filter((i) => i.outcomes?.includes(outcome))
        .reduce((sum, i) => sum + (typeof i.peopleAffected === 'number' ? i.peopleAffected : 0), 0);
    expect(people('execution')).to.equal(2);
    expect(people('imprisonment')).to.equal(7);
  });

  it('records the UPR review with 206 recommendations announced, responses unknown', () => {
    const upr = dataset.reviews.find(
      (r) => textIn(r.mechanism, 'en') === 'Universal Periodic Review',
    );
    expect(upr?.recommendationCount).to.equal(206);
    expect(upr?.date).to.equal('2024-12');
    expect(upr!.recommendations.length).to.be.greaterThan(0);
    expect(upr!.recommendations.every((r) => r.response === 'unknown')).to.equal(true);
  });

  it('records the General Assembly Third Committee resolution as a second review', () => {
    expect(dataset.reviews.some((r) => textIn(r.body, 'en').includes('Third Committee'))).to.equal(
      true,
    );
  });

  it('keeps vague facts vague', () => {
    // "two 15-year-old boys … listening to K-pop": no place is named.
    expect(incident('kpop-students-prison-camp').regionId).to.equal(undefined);
    expect(incident('kpop-students-prison-camp').date).to.equal('2024-09');
    // "both sets of parents": no number.
    expect(incident('kpop-parents-camps').peopleAffected).to.equal(undefined);
    // "residents in border regions": no region.
    expect(incident('border-call-threats').regionId).to.equal(undefined);
    // "investigated between June and early October 2024": a period.
    expect(incident('kaepung-soldiers-investigated')).to.include({
      date: '2024-06',
      endDate: '2024-10',
    });
    // Human Rights Watch's "in 2024": year precision.
    expect(incident('border-phone-jamming').date).to.equal('2024');
  });

  it('cites a source for every incident, and every source cited exists', () => {
    const sources = new Set(dataset.sources.map((s) => s.id));
    for (const i of dataset.incidents) {
      expect(i.sourceIds.length, i.id).to.be.greaterThan(0);
      for (const id of i.sourceIds) expect(sources.has(id), `${i.id} → ${id}`).to.equal(true);
    }
  });

  it('gives Korean titles for every incident, region and place', () => {
    const korean = /[가-힣]/;
    for (const record of [
      ...dataset.incidents.map((i) => i.title),
      ...dataset.regions.map((r) => r.name),
    ]) {
      expect(textIn(record, 'ko')).to.match(korean);
    }
  });
});
