import { expect } from '@open-wc/testing';
import { embedSnippet } from '../../demo/embed-snippet.js';

describe('the embed builder’s snippet', () => {
  it('names the chosen widgets inside one <civic-dataset>', () => {
    const snippet = embedSnippet({
      widgets: ['civic-province-map', 'civic-incident-timeline'],
      lang: 'ko',
      theme: 'dark',
      src: 'https://example.org/data.json',
      syncUrl: true,
    });
    expect(snippet).to.equal(
      [
        '<script type="module" src="civic-space-widgets.js"></script>',
        '<civic-dataset src="https://example.org/data.json" lang="ko" sync-url>',
        '  <civic-province-map theme="dark"></civic-province-map>',
        '  <civic-incident-timeline theme="dark"></civic-incident-timeline>',
        '</civic-dataset>',
        '',
      ].join('\n'),
    );
  });

  it('escapes the URL and ignores anything that is not a widget or a theme', () => {
    const snippet = embedSnippet({
      widgets: ['script', 'civic-recommendation-tracker'],
      lang: 'fr"><script>',
      theme: '"><script>',
      src: '"><script>alert(1)</script>',
      syncUrl: false,
    });
    expect(snippet).to.not.include('<script>alert');
    expect(snippet).to.include('src="&quot;>&lt;script>alert(1)&lt;/script>"');
    expect(snippet).to.include('lang="en"');
    expect(snippet).to.include('<civic-recommendation-tracker></civic-recommendation-tracker>');
    expect(snippet).to.not.include('<script></script>');
  });
});
