/**
 * Text in a picture drawn as SVG markup (export and `render`): escaped for XML, and wrapped to a
 * width by an estimate of its width, the same in a browser and in Node, so that a widget's
 * export and its `render` lay text out alike. No DOM.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * `text` safe inside an SVG element or a double-quoted attribute: markup characters escaped,
 * and what XML cannot hold at all (control characters, lone surrogates) replaced.
 */
export function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"]/g, (c) => entities[c]!);
}

/** An element: `attributes` with an undefined or false value are left out; `content` is markup. */
export function tag(
  name: string,
  attributes: Record<string, string | number | undefined | false>,
  content?: string,
): string {
  let markup = `<${name}`;
  for (const [key, value] of Object.entries(attributes))
    if (value !== undefined && value !== false) markup += ` ${key}="${xml(String(value))}"`;
  return content === undefined ? `${markup}/>` : `${markup}>${content}</${name}>`;
}

/** Hangul, kana and CJK ideographs, and full-width forms: about a square each. */
const wide = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/;
const narrow = /[ .,:;'’|!ilIjft()[\]]/;

/** The width of `text` at `size` pixels, estimated for a sans-serif face. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const char of text)
    em += wide.test(char) ? 1 : narrow.test(char) ? 0.3 : /[A-Z0-9MWmw@%]/.test(char) ? 0.66 : 0.54;
  return em * size;
}

/**
 * `text` in lines no wider than `width` at `size`, broken between words (within a word only
 * when it alone is wider); beyond `maxLines`, the last line ends in an ellipsis.
 */
export function wrapText(text: string, width: number, size: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (textWidth(joined, size) <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const char of word) {
      if (line && textWidth(line + char, size) > width) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...kept[maxLines - 1]!];
  while (last.length && textWidth(`${last.join('')}…`, size) > width) last.pop();
  kept[maxLines - 1] = `${last.join('')}…`;
  return kept;
}
