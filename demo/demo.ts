// The demo page: registers the elements, then shows what <civic-dataset> loaded. The widgets
// themselves (timeline, map, tracker) join this page as they are built.
import '../src/index.js';
import { comparePartialDates, textIn, type Dataset } from '../src/data/index.js';
import { formatPeriod } from '../src/shared/format-date.js';

const lang = document.documentElement.lang || 'en';
const datasetElement = document.querySelector('civic-dataset')!;
const status = document.querySelector<HTMLElement>('#status')!;

datasetElement.addEventListener('civic-load', (event) => showDataset(event.detail.dataset));
datasetElement.addEventListener('civic-error', (event) => {
  status.classList.add('error');
  status.textContent = `${event.detail.message} ${event.detail.issues
    .map((issue) => `${issue.path || 'file'}: ${issue.message}`)
    .join('; ')}`;
});

function showDataset(dataset: Dataset): void {
  status.textContent = `${textIn(dataset.title, lang)}, last checked ${formatPeriod(dataset.updated, undefined, lang)}.`;
  const listed = dataset.reviews.reduce((sum, review) => sum + review.recommendations.length, 0);
  const counts: [string, number][] = [
    ['incidents', dataset.incidents.length],
    ['without a stated location', dataset.incidents.filter((i) => !i.regionId).length],
    ['named places', dataset.places.length],
    ['reviews', dataset.reviews.length],
    ['recommendations listed', listed],
    ['sources', dataset.sources.length],
  ];
  const list = document.querySelector<HTMLElement>('#counts')!;
  list.replaceChildren(
    ...counts.map(([label, value]) => {
      const item = document.createElement('div');
      const term = document.createElement('dt');
      const number = document.createElement('dd');
      term.textContent = label;
      number.textContent = String(value);
      item.append(term, number);
      return item;
    }),
  );
  list.hidden = false;

  const incidents = [...dataset.incidents].sort((a, b) => comparePartialDates(a.date, b.date));
  document.querySelector('#incidents')!.replaceChildren(
    ...incidents.map((incident) => {
      const item = document.createElement('li');
      const when = document.createElement('time');
      when.textContent = formatPeriod(incident.date, incident.endDate, lang);
      const title = document.createElement('span');
      title.textContent = textIn(incident.title, lang);
      item.append(when, title);
      return item;
    }),
  );
}
