import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { linearStep, RovingFocus } from '../../src/shared/roving-focus.js';

const ids = ['a', 'b.1', 'c'];

class RovingProbe extends LitElement {
  roving = new RovingFocus(this, (id) => `[data-id="${id}"]`);
  renders = 0;
  protected override render() {
    this.renders += 1;
    const roving = this.roving.rovingId(ids);
    return ids.map(
      (id) => html`<button data-id=${id} tabindex=${id === roving ? '0' : '-1'}>${id}</button>`,
    );
  }
}
customElements.define('test-roving-probe', RovingProbe);

describe('roving focus', () => {
  it('linearStep() steps with the arrow keys and jumps with Home and End, within the list', () => {
    expect(linearStep('ArrowRight', 0, 3)).to.equal(1);
    expect(linearStep('ArrowDown', 2, 3)).to.equal(2);
    expect(linearStep('ArrowLeft', 0, 3)).to.equal(0);
    expect(linearStep('ArrowUp', 2, 3)).to.equal(1);
    expect(linearStep('ArrowDown', -1, 3)).to.equal(0);
    expect(linearStep('Home', 2, 3)).to.equal(0);
    expect(linearStep('End', 0, 3)).to.equal(2);
    expect(linearStep('End', -1, 0)).to.equal(0);
    expect(linearStep('Enter', 0, 3)).to.equal(undefined);
  });

  it('gives the tabindex to the active id if listed, else to the first', async () => {
    const probe = await fixture<RovingProbe>(html`<test-roving-probe></test-roving-probe>`);
    expect(probe.roving.rovingId(ids)).to.equal('a');
    probe.roving.activeId = 'gone';
    expect(probe.roving.rovingId(ids)).to.equal('a');
    probe.roving.activeId = 'c';
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelector('[tabindex="0"]')!.getAttribute('data-id')).to.equal(
      'c',
    );
  });

  it('re-renders only when the active id changes', async () => {
    const probe = await fixture<RovingProbe>(html`<test-roving-probe></test-roving-probe>`);
    const before = probe.renders;
    probe.roving.activeId = undefined;
    await probe.updateComplete;
    expect(probe.renders).to.equal(before);
    probe.roving.activeId = 'a';
    await probe.updateComplete;
    expect(probe.renders).to.equal(before + 1);
  });

  it('moves to an id and focuses its element once rendered', async () => {
    const probe = await fixture<RovingProbe>(html`<test-roving-probe></test-roving-probe>`);
    probe.roving.moveTo('b.1');
    await probe.updateComplete;
    const focused = probe.shadowRoot!.activeElement;
    expect(focused?.getAttribute('data-id')).to.equal('b.1');
    expect(focused?.getAttribute('tabindex')).to.equal('0');
  });
});
