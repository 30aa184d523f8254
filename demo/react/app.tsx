import { useState } from 'react';
// Registers the elements: import it once, before React first renders them, so that React
// sees their properties (`filter` in element) and sets objects as properties.
import 'civic-space-widgets';
import { emptyFilter, isFilterEmpty, type Filter } from 'civic-space-widgets';

type Lang = 'en' | 'ko';

/**
 * The filter lives in React state, like any other state of the page: the widgets report the
 * reader's changes with `civic-filter-change`, and the page can set it too (a button here).
 * Setting `filter` never fires the event back, so there is no loop.
 */
export function App() {
  const [lang, setLang] = useState<Lang>('en');
  const [filter, setFilter] = useState<Filter>(emptyFilter);
  const [selected, setSelected] = useState<string | null>(null);

  return (
    <main lang={lang}>
      <h1>{lang === 'ko' ? '리액트 페이지의 위젯' : 'The widgets on a React page'}</h1>
      <div className="toolbar">
        <div role="group" aria-label="Language">
          <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>
            English
          </button>
          <button
            type="button"
            lang="ko"
            aria-pressed={lang === 'ko'}
            onClick={() => setLang('ko')}
          >
            한국어
          </button>
        </div>
        <button
          type="button"
          data-action="year"
          onClick={() => setFilter({ ...emptyFilter, from: '2024', to: '2024' })}
        >
          {lang === 'ko' ? '2024년만' : 'Only 2024'}
        </button>
      </div>
      <p role="status" data-status="filter">
        {isFilterEmpty(filter) ? 'No filter' : `Filter: ${JSON.stringify(filter)}`}
      </p>
      <p role="status" data-status="selection">
        {selected ? `Selected: ${selected}` : 'Nothing selected'}
      </p>

      <civic-dataset
        src="../north-korea.json"
        filter={filter}
        oncivic-filter-change={(event) => setFilter(event.detail.filter)}
        oncivic-select={(event) => setSelected(event.detail.id)}
      >
        <civic-province-map></civic-province-map>
        <civic-incident-timeline></civic-incident-timeline>
        <civic-recommendation-tracker></civic-recommendation-tracker>
      </civic-dataset>
    </main>
  );
}
