// The demo page: registers the elements and shows what <civic-dataset> loaded, beside the
// widgets it links (the map and the tracker join as they are built).
import '../src/index.js';
import { textIn, type Dataset } from '../src/data/index.js';
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
}
