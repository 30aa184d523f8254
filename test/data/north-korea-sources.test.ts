/**
 * Each record corrected after a line-by-line reading of data/north-korea.json against its
 * source (issue 13), checked against the sentence of the seed report it comes from, quoted
 * here, at the precision that sentence gives: no more, no less.
 */
import { expect } from '@open-wc/testing';
import { loadDataset } from '../../src/data/load-dataset.js';
import type { Dataset } from '../../src/data/schema.js';
import { textIn } from '../../src/data/text.js';

describe('data/north-korea.json against the sentences of its source', () => {
  let dataset: Dataset;

  before(async () => {
    const result = await loadDataset('/data/north-korea.json');
    if (!result.ok) throw new Error(JSON.stringify(result.error.issues));
    dataset = result.dataset;
  });

  const incident = (id: string) => {
    const found = dataset.incidents.find((i) => i.id === id);
    expect(found, id).to.exist;
    return found!;
  };
  const en = (id: string) => textIn(incident(id).summary, 'en');
  const ko = (id: string) => textIn(incident(id).summary, 'ko');

  it('dates the trial in or after October 2024, not in October', () => {
    // "In October 2024, the Military Security Command … circulated a report …"
    // "Following this, a public trial was held in a military front-line unit in Kaepung county."
    // "… seven soldiers were convicted of distributing illegal videos …"
    const record = incident('kaepung-soldiers-imprisoned');
    expect(record).to.include({ date: '2024-10', dateQualifier: 'after', peopleAffected: 7 });
    expect(record.endDate).to.equal(undefined);
    expect(en('kaepung-soldiers-imprisoned')).to.include('does not give the date of the trial');
    expect(ko('kaepung-soldiers-imprisoned')).to.include('재판 날짜를 밝히지 않았다');
  });

  it('dates the executions in or after October 2024: "the following day" of an undated trial', () => {
    // "… the two sentenced to death were executed at the unit's firing range the following day."
    const record = incident('kaepung-soldiers-executed');
    expect(record).to.include({ date: '2024-10', dateQualifier: 'after', peopleAffected: 2 });
    expect(en('kaepung-soldiers-executed')).to.include('the following day');
  });

  it('gives the parents no date of their own, and says whose case they belong to', () => {
    // "In early September 2024, two 15-year-old North Korean boys were sent to a political
    // prison camp …" / "Both sets of parents were also sent to concentration camps …"
    const record = incident('kpop-parents-camps');
    expect(record.date).to.equal(undefined);
    expect(record.dateQualifier).to.equal(undefined);
    expect(record.peopleAffected).to.equal(undefined);
    expect(en('kpop-parents-camps')).to.include("the boys' case of early September 2024");
    // The boys keep the month their sentence gives.
    expect(incident('kpop-students-prison-camp').date).to.equal('2024-09');
  });

  it('does not date the overseas-workers source by its investigation', () => {
    // "An investigation in October 2024 into Chinese seafood factories by Daily NK found …":
    // when the investigation took place, not when it was published.
    const source = dataset.sources.find((s) => s.id === 'daily-nk-overseas-workers');
    expect(source).to.exist;
    expect(source!.published).to.equal(undefined);
    expect(incident('overseas-workers-media-ban').date).to.equal('2024-10');
  });

  it('says when the data was last checked against its source, not the report’s latest date', () => {
    // dataset.md: `updated` is "when the data was last checked"; it was checked on 2 December 2026.
    expect(dataset.updated).to.equal('2026-12-02');
  });

  it('notes that Kaepung has belonged to Kaesong since 2019, which the boundaries predate', () => {
    // "… a public trial was held in a military front-line unit in Kaepung county."
    const kaepung = dataset.places.find((p) => p.id === 'kaepung');
    expect(kaepung?.regionId).to.equal('KP-06');
    expect(textIn(kaepung?.note, 'en')).to.include('Kaesong').and.include('2019');
    expect(textIn(kaepung?.note, 'ko')).to.include('개성').and.include('2019');
  });

  it('records the radar units that detect calls to China and raid at once, with no date', () => {
    // "Along the border, Ministry of State Security radar units use specialised equipment to
    // track specific frequencies and signals, enabling real-time detection of calls to China.
    // When agents detect Chinese telecommunications frequencies in residential areas, they
    // immediately raid the suspected location."
    const record = incident('border-radar-detection');
    expect(record.date).to.equal(undefined);
    expect(record.regionId).to.equal(undefined);
    expect(record.categoryIds).to.deep.equal(['cross-border-communication']);
    expect(en('border-radar-detection')).to.include('real time').and.include('immediately raid');
  });

  it('records the surveillance systems in the public-phone teams, with no date', () => {
    // "… North Korea's state security agencies have established surveillance systems in the
    // public phone management teams of local communications offices and actively use
    // transcripts of recorded public phone conversations to monitor public trends."
    const record = incident('public-phone-surveillance-systems');
    expect(record.date).to.equal(undefined);
    expect(record.categoryIds).to.deep.equal(['surveillance']);
    expect(en('public-phone-surveillance-systems'))
      .to.include('public-phone management teams of local communications offices')
      .and.include('transcripts');
  });

  it('tells of the constitutional amendment with the rules for workers abroad it explains', () => {
    // "This push coincides with North Korea's recent constitutional amendment declaring South
    // Korea a hostile state."
    expect(en('overseas-workers-media-ban')).to.include(
      'constitutional amendment declaring South Korea a hostile state',
    );
    expect(ko('overseas-workers-media-ban')).to.include('헌법 개정');
  });

  it('leaves exactly the three facts the report gives no date without one', () => {
    const undated = dataset.incidents.filter((i) => i.date === undefined).map((i) => i.id);
    expect(undated).to.have.members([
      'kpop-parents-camps',
      'border-radar-detection',
      'public-phone-surveillance-systems',
    ]);
  });
});
