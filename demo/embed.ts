// The embed builder: the reader picks widgets, language, theme and dataset URL; the preview
// is built with DOM calls (never from the snippet's text) and the snippet is shown as text.
import '../src/index.js';
import { embedSnippet, type EmbedOptions } from './embed-snippet.js';

const form = document.querySelector<HTMLFormElement>('#options')!;
const snippet = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const preview = document.querySelector<HTMLElement>('#preview')!;

function options(): EmbedOptions {
  const data = new FormData(form);
  return {
    widgets: data.getAll('widget').map(String),
    lang: String(data.get('lang') ?? 'en'),
    theme: String(data.get('theme') ?? ''),
    src: String(data.get('src') ?? ''),
    syncUrl: data.get('sync') !== null,
  };
}

function update(): void {
  const chosen = options();
  snippet.value = embedSnippet(chosen);
  const dataset = document.createElement('civic-dataset');
  dataset.setAttribute('src', chosen.src);
  dataset.lang = chosen.lang;
  for (const name of chosen.widgets) {
    const widget = document.createElement(name);
    if (chosen.theme) widget.setAttribute('theme', chosen.theme);
    dataset.append(widget);
  }
  preview.replaceChildren(dataset);
}

form.addEventListener('input', update);
document.querySelector('#copy')!.addEventListener('click', async () => {
  const status = document.querySelector('#copied')!;
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Copied.';
  } catch {
    snippet.select();
    status.textContent = 'Select the text and copy it (the browser refused the clipboard).';
  }
});
update();
