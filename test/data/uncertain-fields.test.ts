/**
 * The optional fields of issue 13 (dataset.md): a date's qualifier, an incident without a
 * date, a number of people as a range, how sure the source is, a note on a place. Datasets
 * using them validate; each bad value is reported at its own JSON path, in English and Korean.
 */
import { expect } from '@open-wc/testing';
import { issueMessage, type DatasetIssue } from '../../src/data/dataset-issues.js';
import { validateDataset } from '../../src/data/validate-dataset.js';
import { exampleDataset } from '../fixtures/datasets.js';
import {
  koreanUncertainDataset,
  uncertainExampleDataset,
  uncertainKoreaDataset,
} from '../fixtures/uncertain-datasets.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The issues of the example dataset once its first incident (or place) is edited. */
function issuesAfter(edit: (incident: Mutable, place: Mutable) => void): DatasetIssue[] {
  const data = exampleDataset() as Mutable;
  edit(data.incidents[0], data.places[0]);
  const result = validateDataset(data);
  expect(result.ok, 'the dataset should be rejected').to.equal(false);
  return result.ok ? [] : result.error.issues;
}

/** The one issue at `path`, whose English and Korean messages contain `en` and `ko`. */
function expectIssue(issues: DatasetIssue[], path: string, en: string, ko: string) {
  const issue = issues.find((i) => i.path === path);
  expect(issue, `an issue at ${path} among ${JSON.stringify(issues)}`).to.exist;
  expect(issue!.message).to.include(en);
  expect(issueMessage(issue!, 'ko')).to.include(ko);
}

describe('the fields of uncertain records', () => {
  it('accepts datasets that use every one of them', () => {
    for (const data of [
      uncertainExampleDataset(),
      koreanUncertainDataset(),
      uncertainKoreaDataset(),
    ]) {
      const result = validateDataset(data);
      expect(result.ok, JSON.stringify(!result.ok && result.error.issues)).to.equal(true);
    }
  });

  it('accepts an incident without a date, and keeps it', () => {
    const data = exampleDataset() as Mutable;
    delete data.incidents[0].date;
    const result = validateDataset(data);
    expect(result.ok).to.equal(true);
    expect(result.ok && result.dataset.incidents[0]!.date).to.equal(undefined);
  });

  describe('dateQualifier', () => {
    it('is one of after, before, about', () => {
      const issues = issuesAfter((incident) => (incident.dateQualifier = 'later'));
      expectIssue(
        issues,
        'incidents[0].dateQualifier',
        '"later" is not one of: after, before, about',
        '다음 중 하나가 아닙니다: after, before, about',
      );
    });

    it('needs a date to qualify', () => {
      const issues = issuesAfter((incident) => {
        delete incident.date;
        incident.dateQualifier = 'after';
      });
      expectIssue(issues, 'incidents[0].dateQualifier', 'needs a date', '날짜가 필요합니다');
    });

    it('qualifies one date, not a period', () => {
      const issues = issuesAfter((incident) => {
        incident.date = '2024-06';
        incident.endDate = '2024-10';
        incident.dateQualifier = 'about';
      });
      expectIssue(
        issues,
        'incidents[0].dateQualifier',
        'not a period: leave out endDate',
        '기간이 아닌 하나의 날짜만',
      );
    });
  });

  it('endDate needs a date to end', () => {
    const issues = issuesAfter((incident) => {
      delete incident.date;
      incident.endDate = '2024-10';
    });
    expectIssue(issues, 'incidents[0].endDate', 'needs a date', '날짜가 필요합니다');
  });

  describe('peopleAffected as a range', () => {
    it('reports a range that ends below its start at its max', () => {
      const issues = issuesAfter((incident) => (incident.peopleAffected = { min: 20, max: 12 }));
      expectIssue(
        issues,
        'incidents[0].peopleAffected.max',
        'the most (12) is less than the least (20)',
        '최댓값(12)이 최솟값(20)보다 작습니다',
      );
    });

    it('needs its min, a whole number of at least 0', () => {
      expectIssue(
        issuesAfter((incident) => (incident.peopleAffected = { max: 5 })),
        'incidents[0].peopleAffected.min',
        'is required but missing',
        '필수 항목이 없습니다',
      );
      expectIssue(
        issuesAfter((incident) => (incident.peopleAffected = { min: -1 })),
        'incidents[0].peopleAffected.min',
        '-1 is too small: the least allowed is 0',
        '최솟값은 0입니다',
      );
      expectIssue(
        issuesAfter((incident) => (incident.peopleAffected = { min: 1.5 })),
        'incidents[0].peopleAffected.min',
        '1.5 is not a whole number',
        '정수가 아닙니다',
      );
    });

    it('is a whole number or a range, not text', () => {
      expectIssue(
        issuesAfter((incident) => (incident.peopleAffected = 'at least 30')),
        'incidents[0].peopleAffected',
        'should be a whole number, or an object with min (and max), not text',
        '정수 또는 min(과 max)이 있는 객체이어야 하는데 텍스트입니다',
      );
      expectIssue(
        issuesAfter((incident) => (incident.peopleAffected = 2.5)),
        'incidents[0].peopleAffected',
        '2.5 is not a whole number',
        '정수가 아닙니다',
      );
      expectIssue(
        issuesAfter((incident) => (incident.peopleAffected = -3)),
        'incidents[0].peopleAffected',
        '-3 is too small',
        '너무 작습니다',
      );
    });
  });

  it('verification is one of verified, reported, alleged', () => {
    const issues = issuesAfter((incident) => (incident.verification = 'confirmed'));
    expectIssue(
      issues,
      'incidents[0].verification',
      '"confirmed" is not one of: verified, reported, alleged',
      '다음 중 하나가 아닙니다: verified, reported, alleged',
    );
  });

  it("a place's note is a paragraph of text in one or more languages", () => {
    expectIssue(
      issuesAfter((_, place) => (place.note = 'x'.repeat(5001))),
      'places[0].note',
      'is too long (5001 characters; at most 5000)',
      '너무 깁니다',
    );
    expectIssue(
      issuesAfter((_, place) => (place.note = {})),
      'places[0].note',
      'needs text in at least one language',
      '적어도 한 언어로 된 텍스트가 필요합니다',
    );
    expectIssue(
      issuesAfter((_, place) => (place.note = 3)),
      'places[0].note',
      'should be text, or an object of language tags to text, not a number',
      '텍스트 또는 언어 태그별 텍스트 객체이어야 하는데 숫자입니다',
    );
  });
});
