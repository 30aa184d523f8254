/**
 * How `import` matches what a researcher writes to the records it means, and the ids it makes
 * from text: the pure functions, one behaviour per test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  editDistance,
  NameIndex,
  nameKey,
  nearestNames,
} from '../../src/cli/import/match-names.js';
import { incidentIdOf, slugOf } from '../../src/cli/import/slug.js';

describe('match-names', () => {
  it('nameKey() ignores case, accents, hyphens and extra spaces, and keeps Hangul whole', () => {
    assert.equal(nameKey('  São-Paulo  '), 'sao paulo');
    assert.equal(nameKey('ÉREVAN'), 'erevan');
    assert.equal(nameKey('함경북도'), '함경북도');
    // Marks that are letters' vowels in Indic scripts are kept: only accents go.
    assert.equal(nameKey('हिंदी'), 'हिंदी');
  });

  it('editDistance() counts insertions, deletions and substitutions, and stops past max', () => {
    assert.equal(editDistance('yerevan', 'erevan'), 1);
    assert.equal(editDistance('syunk', 'syunik'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
  });

  it('nearestNames() suggests what a typo explains, closest first, and nothing far', () => {
    const regions = ['Aragatsotn', 'Armavir', 'Erevan', 'Syunik', 'Vayots Dzor'];
    assert.deepEqual(nearestNames('Yerevan', regions), ['Erevan']);
    assert.deepEqual(nearestNames('Vayots', regions), ['Vayots Dzor']);
    assert.deepEqual(nearestNames('Pyongyang', regions), []);
  });

  it('NameIndex finds a record by id or any name, and says when a name is ambiguous', () => {
    const index = new NameIndex<string>();
    index.add('a', 'syn-1', ['Synthetic publisher']);
    index.add('b', 'syn-2', ['Synthetic publisher']);
    assert.deepEqual(index.find('syn-2'), { found: 'b' });
    assert.deepEqual(index.find('SYN 1'), { found: 'a' });
    assert.deepEqual(index.find('synthetic publisher'), { ambiguous: ['a', 'b'] });
    assert.deepEqual(index.find('syn-3'), { missing: true, suggestions: ['syn-1', 'syn-2'] });
  });
});

describe('slug', () => {
  it('slugOf() keeps letters and digits of any script, drops accents and punctuation', () => {
    assert.equal(
      slugOf('Arrest of 12 journalists in Érevan!'),
      'arrest-of-12-journalists-in-erevan',
    );
    assert.equal(slugOf('기자 체포: 합성'), '기자-체포-합성');
    assert.equal(slugOf('!!!'), '');
  });

  it('slugOf() cuts long text at 80 characters, never on a hyphen', () => {
    const slug = slugOf('word '.repeat(40));
    assert.ok(slug.length <= 80);
    assert.doesNotMatch(slug, /-$/);
  });

  it('incidentIdOf() is the date, then the title', () => {
    assert.equal(incidentIdOf('2024-09', 'Synthetic A'), '2024-09-synthetic-a');
    assert.equal(incidentIdOf('2024', '…'), '2024');
  });
});
