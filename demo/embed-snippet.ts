/** The HTML an embedder pastes, from the builder's choices; attribute values are escaped. */
export interface EmbedOptions {
  widgets: string[];
  lang: string;
  theme: string;
  src: string;
  syncUrl: boolean;
}

const known = ['civic-province-map', 'civic-incident-timeline', 'civic-recommendation-tracker'];

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedSnippet({ widgets, lang, theme, src, syncUrl }: EmbedOptions): string {
  const themeAttribute = theme === 'light' || theme === 'dark' ? ` theme="${theme}"` : '';
  const lines = [
    '<script type="module" src="civic-space-widgets.js"></script>',
    `<civic-dataset src="${attribute(src)}" lang="${lang === 'ko' ? 'ko' : 'en'}"${syncUrl ? ' sync-url' : ''}>`,
    ...widgets
      .filter((name) => known.includes(name))
      .map((name) => `  <${name}${themeAttribute}></${name}>`),
    '</civic-dataset>',
  ];
  return `${lines.join('\n')}\n`;
}
