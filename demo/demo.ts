// The demo article: registers the elements, and wires the page's language and colour
// switches. The widgets follow the `lang` of their ancestors and the page's colour scheme.
import '../src/index.js';

const article = document.querySelector('article')!;

function choose(name: string, apply: (value: string) => void): void {
  for (const input of document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
    input.addEventListener('change', () => input.checked && apply(input.value));
  }
}

// The article's prose stays English; the widgets switch. `lang` on their container is all
// they need: dates, labels and the data's Korean text follow.
choose('lang', (lang) => {
  for (const widget of article.querySelectorAll('figure')) widget.lang = lang;
});
choose('theme', (theme) => document.documentElement.classList.toggle('dark', theme === 'dark'));
