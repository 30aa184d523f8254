import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { validateDataset } from '../../src/data/validate-dataset.js';
import type { DatasetError } from '../../src/data/validate-dataset.js';
import { dataTableStyles, renderTableView } from '../../src/shared/data-table.js';
import { renderEmpty, renderError, renderLoading, stateStyles } from '../../src/shared/states.js';
import { tokenStyles } from '../../src/shared/tokens.js';
import { exampleDataset } from '../fixtures/datasets.js';
import { click, resetMouse } from '../fixtures/real-input.js';

/** A stand-in widget that shows one shared state or the table view. */
class StateHost extends LitElement {
  static override styles = [tokenStyles, stateStyles, dataTableStyles];
  static override properties = {
    view: { attribute: false },
    error: { attribute: false },
    open: { type: Boolean },
    lang: {},
    shown: { type: Number },
  };
  view: 'loading' | 'error' | 'empty' | 'empty-filtered' | 'table' | 'paged-table' = 'loading';
  /** Rows of the paged table shown so far, two at a time, of five. */
  shown = 2;
  error?: DatasetError;
  open = false;
  cleared = 0;
  override lang = 'en';

  protected override render() {
    switch (this.view) {
      case 'loading':
        return renderLoading(this.lang);
      case 'error':
        return renderError(this.error!, this.lang);
      case 'empty':
        return renderEmpty(this.lang);
      case 'empty-filtered':
        return renderEmpty(this.lang, () => (this.cleared += 1));
      case 'table':
        return renderTableView({
          open: this.open,
          onToggle: () => (this.open = !this.open),
          table: {
            caption: 'Incidents',
            columns: [{ label: 'Title' }, { label: 'People', numeric: true }],
            rows: [
              { id: 'a', cells: ['<img src=x onerror="window.__hacked = true">', 2] },
              { id: 'b', cells: ['Second', 0] },
            ],
          },
          lang: this.lang,
        });
      case 'paged-table':
        return renderTableView({
          open: true,
          onToggle: () => {},
          table: {
            caption: 'Incidents',
            columns: [{ label: 'Title' }],
            rows: ['a', 'b', 'c', 'd', 'e'].slice(0, this.shown).map((id) => ({ id, cells: [id] })),
          },
          lang: this.lang,
          more: { hidden: 5 - this.shown, page: 2, onShowMore: () => (this.shown += 2) },
        });
    }
  }
}
customElements.define('test-state-host', StateHost);

function invalidError(): DatasetError {
  const data = exampleDataset() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  data.incidents[0].regionId = 'XA-99';
  data.incidents[1].title = '<script>window.__hacked = true</script>';
  data.incidents[1].date = '<b>2024</b>';
  data.sources[0].url = 'javascript:alert(1)';
  const result = validateDataset(data);
  if (result.ok) throw new Error('expected an invalid dataset');
  return result.error;
}

describe('shared states', () => {
  afterEach(() => resetMouse());

  it('the error state is an alert listing every problem with its path', async () => {
    const error = invalidError();
    const host = await fixture<StateHost>(
      html`<test-state-host .view=${'error'} .error=${error}></test-state-host>`,
    );
    const alert = host.shadowRoot!.querySelector('[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    const items = [...alert.querySelectorAll('li[data-path]')].map((li) =>
      li.getAttribute('data-path'),
    );
    expect(items).to.have.members(['incidents[0].regionId', 'incidents[1].date', 'sources[0].url']);
    expect(alert.textContent).to.include('incidents[0].regionId');
    expect(alert.textContent).to.include('"XA-99" is not one of the regions');
  });

  it('shows hostile text in the error as text', async () => {
    const host = await fixture<StateHost>(
      html`<test-state-host .view=${'error'} .error=${invalidError()}></test-state-host>`,
    );
    const alert = host.shadowRoot!.querySelector('[part="error"]')!;
    expect(alert.querySelector('b, script, img')).to.equal(null);
    expect(alert.textContent).to.include('"<b>2024</b>" is not a date');
    expect((window as { __hacked?: boolean }).__hacked).to.equal(undefined);
  });

  it('the error state speaks Korean with lang="ko"', async () => {
    const host = await fixture<StateHost>(
      html`<test-state-host lang="ko" .view=${'error'} .error=${invalidError()}></test-state-host>`,
    );
    const text = host.shadowRoot!.querySelector('[part="error"]')!.textContent!;
    expect(text).to.include('이 데이터를 표시할 수 없습니다');
    expect(text).to.include('"XA-99"은(는) 지역 목록에 없습니다');
  });

  it('lists the first fifty problems of a long error and counts the rest', async () => {
    const issues = Array.from({ length: 120 }, (_, i) => ({
      path: `incidents[${i}].date`,
      message: 'x',
      code: 'required' as const,
      params: {},
    }));
    const host = await fixture<StateHost>(
      html`<test-state-host .view=${'error'} .error=${{ message: 'x', issues }}></test-state-host>`,
    );
    const items = host.shadowRoot!.querySelectorAll('[part="error"] li');
    expect(items.length).to.equal(51);
    expect(items[50]!.textContent).to.include('70 more');
  });

  it('the loading state has room for the result and announces itself', async () => {
    const host = await fixture<StateHost>(html`<test-state-host></test-state-host>`);
    const loading = host.shadowRoot!.querySelector('[part="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('the empty state offers to clear the filter when a filter hides everything', async () => {
    const host = await fixture<StateHost>(
      html`<test-state-host .view=${'empty-filtered'}></test-state-host>`,
    );
    const button = host.shadowRoot!.querySelector<HTMLButtonElement>('[part="empty"] button')!;
    expect(button.textContent).to.equal('Clear filters');
    await click(button);
    expect(host.cleared).to.equal(1);
    const unfiltered = await fixture<StateHost>(
      html`<test-state-host .view=${'empty'}></test-state-host>`,
    );
    expect(unfiltered.shadowRoot!.querySelector('[part="empty"] button')).to.equal(null);
  });
});

describe('data-table view', () => {
  afterEach(() => resetMouse());

  it('is hidden behind a toggle button that says what it does', async () => {
    const host = await fixture<StateHost>(
      html`<test-state-host .view=${'table'}></test-state-host>`,
    );
    const toggle = host.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('Show data table');
    expect(host.shadowRoot!.querySelector('[part="table"]')).to.equal(null);
  });

  it('shows a real table with one row per record, keyed by data-id, text as text', async () => {
    const host = await fixture<StateHost>(
      html`<test-state-host .view=${'table'}></test-state-host>`,
    );
    await click(host.shadowRoot!.querySelector('[part="table-toggle"]')!);
    await host.updateComplete;
    const table = host.shadowRoot!.querySelector('table[part="table"]')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Incidents');
    expect(
      [...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent!.trim()),
    ).to.deep.equal(['Title', 'People']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-id'))).to.deep.equal(['a', 'b']);
    expect(table.querySelector('img')).to.equal(null);
    expect(rows[0]!.textContent).to.include('<img src=x');
    const toggle = host.shadowRoot!.querySelector('[part="table-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.getAttribute('aria-controls')).to.equal(table.id);
  });

  it('labels the toggle in Korean with lang="ko"', async () => {
    const host = await fixture<StateHost>(
      html`<test-state-host lang="ko" .view=${'table'}></test-state-host>`,
    );
    expect(host.shadowRoot!.querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal(
      '데이터 표 보기',
    );
  });

  it('passes axe with the table open', async () => {
    const host = await fixture<StateHost>(
      html`<test-state-host .view=${'table'} open></test-state-host>`,
    );
    await expect(host).to.be.accessible();
  });

  it('passes axe in the error state', async () => {
    const host = await fixture<StateHost>(
      html`<test-state-host .view=${'error'} .error=${invalidError()}></test-state-host>`,
    );
    await expect(host).to.be.accessible();
  });

  it('shows a long table a page at a time; after the last page, focus stays in the table', async () => {
    const host = await fixture<StateHost>(
      html`<test-state-host .view=${'paged-table'}></test-state-host>`,
    );
    const root = host.shadowRoot!;
    const rows = () => [...root.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-id'));
    const more = () => root.querySelector<HTMLButtonElement>('.table-more');
    expect(more()!.textContent!.trim()).to.equal('Show 2 more');
    for (const expected of [
      ['a', 'b', 'c', 'd'],
      ['a', 'b', 'c', 'd', 'e'],
    ]) {
      // A click focuses the button, as a reader's does.
      await click(more()!);
      await host.updateComplete;
      await new Promise((done) => setTimeout(done));
      expect(rows()).to.deep.equal(expected);
    }
    expect(!!more(), 'no button once every row shows').to.be.false;
    // The button went away under the reader's focus: the scrollable table has it now.
    expect(root.activeElement?.getAttribute('role')).to.equal('region');
    expect(root.activeElement?.getAttribute('aria-label')).to.equal('Incidents');
  });
});
