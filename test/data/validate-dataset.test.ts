import { expect } from '@open-wc/testing';
import { issueMessage } from '../../src/data/dataset-issues.js';
import { validateDataset, type DatasetResult } from '../../src/data/validate-dataset.js';
import { exampleDataset, type ExampleDataset } from '../fixtures/datasets.js';

/** The example dataset with one change made by `edit`. */
function validateEdited(
  edit: (dataset: ExampleDataset & Record<string, unknown>) => void,
): DatasetResult {
  const dataset = exampleDataset() as ExampleDataset & Record<string, unknown>;
  edit(dataset);
  return validateDataset(dataset);
}

function issuesOf(result: DatasetResult) {
  expect(result.ok, 'the dataset should be rejected').to.equal(false);
  return result.ok ? [] : result.error.issues;
}

/** Asserts the dataset is rejected with an issue at `path` whose message contains `words`. */
function expectIssue(result: DatasetResult, path: string, words: string | RegExp) {
  const issues = issuesOf(result);
  const issue = issues.find((i) => i.path === path);
  expect(issue, `an issue at ${path} among ${JSON.stringify(issues)}`).to.exist;
  if (typeof words === 'string') expect(issue!.message).to.include(words);
  else expect(issue!.message).to.match(words);
}

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('validateDataset()', () => {
  it('accepts the example dataset', () => {
    const result = validateDataset(exampleDataset());
    expect(result.ok, JSON.stringify(!result.ok && result.error.issues)).to.equal(true);
  });

  it('accepts a dataset whose optional fields are all absent', () => {
    const result = validateEdited((d: Mutable) => {
      delete d.description;
      delete d.rating;
      d.categories = [];
      d.regions = [];
      d.places = [];
      d.incidents = [];
      d.themes = [];
      d.reviews = [];
    });
    expect(result.ok).to.equal(true);
  });

  describe('document', () => {
    it('names the supported version when schemaVersion is another, and says nothing else', () => {
      const result = validateEdited((d: Mutable) => {
        d.schemaVersion = 2;
        d.incidents = 'not even a list';
      });
      const issues = issuesOf(result);
      expect(issues).to.have.length(1);
      expect(issues[0]!.path).to.equal('schemaVersion');
      expect(issues[0]!.message).to.include('schema version 1');
    });

    it('requires schemaVersion', () => {
      expectIssue(
        validateEdited((d: Mutable) => delete d.schemaVersion),
        'schemaVersion',
        'required',
      );
    });

    it('rejects a value that is not an object', () => {
      for (const value of [null, 42, 'text', [], true]) {
        const result = validateDataset(value);
        expect(result.ok, JSON.stringify(value)).to.equal(false);
      }
    });

    it('needs at least one source', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.sources = [])),
        'sources',
        'at least 1',
      );
    });

    it('checks the country code', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.country.code = 'kp')),
        'country.code',
        'two-letter',
      );
    });

    it('checks the rating value against the CIVICUS scale', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.rating.value = 'bad')),
        'rating.value',
        '"bad" is not one of: open, narrowed',
      );
    });

    it('reports every problem at once, not only the first', () => {
      const result = validateEdited((d: Mutable) => {
        d.id = '';
        d.updated = '2024-02-30';
        d.incidents[0].regionId = 'XA-99';
        d.categories[0].color = 'red';
      });
      const paths = issuesOf(result).map((i) => i.path);
      expect(paths).to.include.members(['id', 'updated', 'categories[0].color']);
    });
  });

  describe('Text', () => {
    it('accepts a string or an object of language tags', () => {
      expect(
        validateEdited((d: Mutable) => (d.title = { 'zh-Hant': '標題', en: 'Title' })).ok,
      ).to.equal(true);
    });

    it('rejects an empty object', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.title = {})),
        'title',
        'at least one language',
      );
    });

    it('rejects an empty string', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.title = '')),
        'title',
        'must not be empty',
      );
    });

    it('rejects a key that is not a language tag', () => {
      const result = validateEdited((d: Mutable) => (d.title = { en: 'x', 'not a tag': 'y' }));
      expect(
        issuesOf(result).some((i) => i.path.startsWith('title') && /language tag/.test(i.message)),
      ).to.equal(true);
    });

    it('rejects a number with the types in words', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.country.name = 5)),
        'country.name',
        'should be text, or an object of language tags to text, not a number',
      );
    });

    it('caps the length of a line', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.incidents[0].title = 'x'.repeat(1_000_000))),
        'incidents[0].title',
        /too long \(1000000 characters; at most 500\)/,
      );
    });
  });

  describe('PartialDate', () => {
    it('rejects an impossible calendar date with its path', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.incidents[1].date = '2023-02-29')),
        'incidents[1].date',
        '"2023-02-29" is not a real calendar date',
      );
    });

    it('rejects other shapes', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.updated = '17/01/2025')),
        'updated',
        'write YYYY, YYYY-MM or YYYY-MM-DD',
      );
    });

    it('rejects an end date before the date', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.incidents[1].endDate = '2024-05')),
        'incidents[1].endDate',
        'ends (2024-05) before it starts (2024-06)',
      );
    });

    it('accepts an end date at a coarser precision that contains the start', () => {
      expect(validateEdited((d: Mutable) => (d.incidents[1].endDate = '2024')).ok).to.equal(true);
    });
  });

  describe('Url', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.org/x',
      '/relative/path',
      'https://user:secret@example.org/',
      'https://user@example.org/',
      'not a url',
    ]) {
      it(`rejects ${url}`, () => {
        expectIssue(
          validateEdited((d: Mutable) => (d.sources[0].url = url)),
          'sources[0].url',
          'http:// or https://',
        );
      });
    }

    it('accepts http and https addresses', () => {
      expect(
        validateEdited((d: Mutable) => (d.sources[0].url = 'http://example.org/a?b=c#d')).ok,
      ).to.equal(true);
    });
  });

  describe('colours', () => {
    for (const color of [
      'red',
      '#fff',
      '#12345g',
      '#123456; background: url(x)',
      'expression(alert(1))',
    ]) {
      it(`rejects ${color}`, () => {
        expectIssue(
          validateEdited((d: Mutable) => (d.categories[0].color = color)),
          'categories[0].color',
          '#rrggbb',
        );
      });
    }
  });

  describe('ids', () => {
    it('rejects an id that is not a string', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.incidents[0].id = 7)),
        'incidents[0].id',
        'should be text, not a number',
      );
    });

    it('rejects a blank id', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.regions[0].id = '   ')),
        'regions[0].id',
        'blank',
      );
    });

    it('rejects an id used twice in a collection, naming the first use', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.incidents[2].id = 'arrests')),
        'incidents[2].id',
        '"arrests" is already the id of incidents[0]',
      );
    });

    it('rejects a recommendation id used twice in one review', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.reviews[0].recommendations[1].id = 'rec-1')),
        'reviews[0].recommendations[1].id',
        'already the id of reviews[0].recommendations[0]',
      );
    });

    it('accepts the same recommendation id in two reviews: each review is its own list', () => {
      const result = validateEdited((d: Mutable) => {
        d.reviews.push({ ...d.reviews[0], id: 'other' });
      });
      expect(result.ok).to.equal(true);
    });
  });

  describe('references', () => {
    it('says which region is unknown, with the path of the reference', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.incidents[0].regionId = 'XA-99')),
        'incidents[0].regionId',
        '"XA-99" is not one of the regions',
      );
    });

    it('checks categories, sources, places, themes and the rating sources', () => {
      const result = validateEdited((d: Mutable) => {
        d.incidents[0].categoryIds = ['expression', 'nope'];
        d.incidents[1].sourceIds = ['ghost'];
        d.incidents[2].placeId = 'atlantis';
        d.reviews[0].recommendations[0].themeIds = ['press', 'missing'];
        d.rating.sourceIds = ['unknown-source'];
        d.places[1].regionId = 'XA-77';
      });
      const paths = issuesOf(result).map((i) => i.path);
      expect(paths).to.include.members([
        'incidents[0].categoryIds[1]',
        'incidents[1].sourceIds[0]',
        'incidents[2].placeId',
        'reviews[0].recommendations[0].themeIds[1]',
        'rating.sourceIds[0]',
        'places[1].regionId',
      ]);
    });

    it("rejects a place whose region differs from the incident's region", () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.incidents[0].regionId = 'XA-02')),
        'incidents[0].regionId',
        '"capital" is a place in "XA-01", not in "XA-02"',
      );
    });

    it('needs at least one category and one source per incident', () => {
      const result = validateEdited((d: Mutable) => {
        d.incidents[0].categoryIds = [];
        d.incidents[0].sourceIds = [];
      });
      expect(issuesOf(result).map((i) => i.path)).to.include.members([
        'incidents[0].categoryIds',
        'incidents[0].sourceIds',
      ]);
    });
  });

  describe('numbers and enumerations', () => {
    it('rejects negative or fractional people counts', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.incidents[0].peopleAffected = -1)),
        'incidents[0].peopleAffected',
        'too small',
      );
      expectIssue(
        validateEdited((d: Mutable) => (d.incidents[0].peopleAffected = 2.5)),
        'incidents[0].peopleAffected',
        'not a whole number',
      );
    });

    it('rejects coordinates outside the globe', () => {
      expectIssue(
        validateEdited((d: Mutable) => (d.places[0].coordinates = [181, 0])),
        'places[0].coordinates[0]',
        'too large',
      );
    });

    it('checks responses and implementation statuses', () => {
      const result = validateEdited((d: Mutable) => {
        d.reviews[0].recommendations[0].response = 'accepted';
        d.reviews[0].recommendations[0].implementation = 'done';
      });
      expectIssue(
        result,
        'reviews[0].recommendations[0].response',
        '"accepted" is not one of: supported, noted, pending, unknown',
      );
      expectIssue(
        result,
        'reviews[0].recommendations[0].implementation',
        'not-started, in-progress',
      );
    });

    it('accepts a recommendationCount larger than the list, and rejects a smaller one', () => {
      expect(validateEdited((d: Mutable) => (d.reviews[0].recommendationCount = 206)).ok).to.equal(
        true,
      );
      expectIssue(
        validateEdited((d: Mutable) => (d.reviews[0].recommendationCount = 1)),
        'reviews[0].recommendationCount',
        '2 recommendations are listed, more than the 1',
      );
    });
  });

  describe('messages', () => {
    it('words every issue in Korean too', () => {
      const result = validateEdited((d: Mutable) => (d.incidents[0].regionId = 'XA-99'));
      const issue = issuesOf(result).find((i) => i.path === 'incidents[0].regionId')!;
      expect(issueMessage(issue, 'ko')).to.equal('"XA-99"은(는) 지역 목록에 없습니다');
    });

    it('cuts long values short inside messages', () => {
      const result = validateEdited((d: Mutable) => (d.incidents[0].date = 'x'.repeat(100_000)));
      const issue = issuesOf(result).find((i) => i.path === 'incidents[0].date')!;
      expect(issue.message.length).to.be.lessThan(200);
    });
  });

  describe('what validation returns', () => {
    it('is a copy the page can no longer change', () => {
      const input = exampleDataset();
      const result = validateDataset(input);
      input.incidents[0]!.title = { en: 'changed', ko: 'changed' };
      expect(result.ok && result.dataset.incidents[0]!.title).to.deep.equal({
        en: 'Journalists arrested',
        ko: '기자 체포',
      });
    });

    it('reports values JSON cannot hold, with their paths', () => {
      const input: Mutable = exampleDataset();
      input.incidents[0].summary = () => 'function';
      input.places[0].coordinates = [Number.NaN, 0];
      const paths = issuesOf(validateDataset(input)).map((i) => i.path);
      expect(paths).to.include.members(['incidents[0].summary', 'places[0].coordinates[0]']);
    });

    it('reports a cycle instead of looping', () => {
      const input: Mutable = exampleDataset();
      input.incidents[0].self = input.incidents[0];
      expectIssue(validateDataset(input), 'incidents[0].self', 'reference to itself');
    });

    it('treats a property set to undefined as absent, as JSON does', () => {
      const input: Mutable = exampleDataset();
      input.incidents[0].peopleAffected = undefined;
      expect(validateDataset(input).ok).to.equal(true);
    });
  });
});

describe('validateDataset() at scale', () => {
  it('accepts 100,000 synthetic incidents', async function () {
    // Seconds of work on a small, busy machine: the test is about correctness, not speed.
    this.timeout(120_000);
    const { syntheticDataset } = await import('../fixtures/synthetic-dataset.js');
    const result = validateDataset(syntheticDataset({ incidents: 100_000, recommendations: 300 }));
    expect(result.ok, JSON.stringify(!result.ok && result.error.issues.slice(0, 3))).to.equal(true);
    expect(result.ok && result.dataset.incidents).to.have.length(100_000);
  });

  it('generates the same synthetic dataset for the same seed', async () => {
    const { syntheticDataset } = await import('../fixtures/synthetic-dataset.js');
    const a = syntheticDataset({ incidents: 50, seed: 7 });
    expect(JSON.stringify(syntheticDataset({ incidents: 50, seed: 7 }))).to.equal(
      JSON.stringify(a),
    );
    expect(JSON.stringify(syntheticDataset({ incidents: 50, seed: 8 }))).to.not.equal(
      JSON.stringify(a),
    );
    expect(a.title.en).to.match(/^Synthetic/);
  });
});
