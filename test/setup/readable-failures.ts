/**
 * Loaded before every test file. A failed assertion about a DOM node (`expect(el).to.equal(null)`)
 * carries that node as the error's actual or expected value, and the test framework walks it
 * deeply to report it: Chromium's tab crashed and Firefox hung until the run's timeout, so a
 * plain failure cost five minutes and said nothing. Such values are replaced by a short
 * description of the node before the error leaves the assertion.
 */
import type * as testing from '@open-wc/testing';
import * as pure from '@open-wc/testing/pure';

// `/pure`, not the main entry: that one registers the fixtures' cleanup (`afterEach`) when it
// loads, and this file loads before the test framework defines `afterEach`, so fixtures would
// pile up in the page. `/pure` exports the same chai; its types leave it out.
const { chai } = pure as unknown as typeof testing;

chai.use((api) => {
  const assert = api.Assertion.prototype.assert;
  api.Assertion.prototype.assert = function (this: unknown, ...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      if (error instanceof api.AssertionError) {
        const failure = error as unknown as Record<'actual' | 'expected', unknown>;
        failure.actual = described(failure.actual);
        failure.expected = described(failure.expected);
      }
      throw error;
    }
  };
});

function described(value: unknown): unknown {
  if (value instanceof Element) {
    const root = value.getRootNode();
    const where = root instanceof ShadowRoot ? ` in <${root.host.localName}>` : '';
    return `<${value.localName}${value.id ? `#${value.id}` : ''}>${where}`;
  }
  if (value instanceof Node) return value.nodeName;
  return value;
}
