import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LangController, languageOf } from '../../src/shared/lang-controller.js';
import { messagesFor, uiLanguage } from '../../src/shared/messages.js';

class LangProbe extends LitElement {
  language = new LangController(this);
  protected override render() {
    return html`<p>${messagesFor(this.language.lang).loading}</p>`;
  }
}
customElements.define('test-lang-probe', LangProbe);

describe('language', () => {
  it('is the element’s own lang, else the nearest ancestor’s, else English', async () => {
    const root = await fixture(
      html`<div lang="ko">
        <section><span id="inner"></span><span id="own" lang="en"></span></section>
      </div>`,
    );
    expect(languageOf(root.querySelector('#inner')!)).to.equal('ko');
    expect(languageOf(root.querySelector('#own')!)).to.equal('en');
    const orphan = document.createElement('span');
    expect(languageOf(orphan)).to.equal('en');
  });

  it('crosses shadow roots to find the ancestor’s lang', async () => {
    const outer = await fixture(html`<div lang="ko"><div id="host"></div></div>`);
    const shadow = outer.querySelector('#host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(languageOf(inner)).to.equal('ko');
  });

  it('re-renders a widget when the page switches language', async () => {
    const wrapper = await fixture(html`<div lang="en"><test-lang-probe></test-lang-probe></div>`);
    const probe = wrapper.querySelector<LangProbe>('test-lang-probe')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.include('Loading data');
    wrapper.setAttribute('lang', 'ko');
    await new Promise((done) => setTimeout(done, 0));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.include('데이터를 불러오는 중');
  });

  it('maps language tags to the two UI languages', () => {
    expect(uiLanguage('ko-KR')).to.equal('ko');
    expect(uiLanguage('KO')).to.equal('ko');
    expect(uiLanguage('fr')).to.equal('en');
    expect(uiLanguage(undefined)).to.equal('en');
  });

  it('has every English message in Korean', () => {
    // Walks both dictionaries together: the same keys everywhere, and Korean in every leaf,
    // where only the names of formats and attributes stay in Latin letters.
    const withoutNames = (text: string) => text.replace(/TopoJSON|JSON|geo|UPR|Enter|Esc|Tab/g, '');
    const compare = (en: unknown, ko: unknown, path: string) => {
      if (typeof en === 'function') {
        expect(ko, path).to.be.a('function');
        // What the Korean message adds to its arguments must not be English.
        const text = (ko as (...args: unknown[]) => string)('2', 'ARG', 'ARG', 'ARG');
        expect(withoutNames(text.replaceAll('ARG', '')), path).to.not.match(/[A-Za-z]{2}/);
      } else if (typeof en === 'string') {
        expect(ko, path).to.match(/[가-힣]/);
        expect(withoutNames(ko as string), path).to.not.match(/[A-Za-z]{2}/);
      } else {
        const enObject = en as Record<string, unknown>;
        const koObject = ko as Record<string, unknown>;
        expect(Object.keys(koObject), path).to.deep.equal(Object.keys(enObject));
        for (const key of Object.keys(enObject))
          compare(enObject[key], koObject[key], `${path}.${key}`);
      }
    };
    compare(messagesFor('en'), messagesFor('ko'), 'messages');
  });
});
