/**
 * The built bundle loads the export's code from the file beside it, civic-space-widgets-export.js,
 * only when a reader exports: a page that copied both files exports; a page that copied the
 * bundle alone shows the widgets as ever, and its export says what is missing instead of
 * failing silently. Runs on dist/, which `npm test` builds before the browsers run.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openPage } from '../fixtures/page-frame.js';

type Exporting = HTMLElement & { exportCSV(): Promise<string> };

async function bundlePage(which: 'whole' | 'alone') {
  const page = await openPage(`/test-server/bundle-page/${which}`);
  const timeline = page.querySelector('civic-incident-timeline') as Exporting;
  await waitUntil(
    () => timeline.shadowRoot?.querySelector('[part="incident"]'),
    `the timeline of the ${which} bundle draws`,
    { timeout: 10_000 },
  );
  const requested = () =>
    page.defaultView!.performance.getEntriesByType('resource').map((entry) => entry.name);
  return { timeline, requested };
}

describe('the export file beside the bundle', () => {
  afterEach(closePages);

  it('is not fetched until a reader exports, then the export works', async () => {
    const { timeline, requested } = await bundlePage('whole');
    expect(requested().some((url) => url.endsWith('civic-space-widgets-export.js'))).to.equal(
      false,
    );
    const csv = await timeline.exportCSV();
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    expect(csv.split('\r\n').length).to.be.greaterThan(10);
    expect(requested().some((url) => url.endsWith('/dist/civic-space-widgets-export.js'))).to.equal(
      true,
    );
  });

  it('when missing, leaves the widgets whole and says what is missing', async () => {
    const { timeline } = await bundlePage('alone');
    let message = '';
    await timeline.exportCSV().catch((error: Error) => (message = error.message));
    expect(message).to.include('civic-space-widgets-export.js');
    expect(timeline.shadowRoot!.querySelectorAll('[part="incident"]').length).to.be.greaterThan(5);
  });
});
