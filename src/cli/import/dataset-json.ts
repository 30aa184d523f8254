/**
 * The dataset as the text `import` writes: two-space indentation, one record field per line,
 * and lists of plain values (ids, dates, coordinates) on one line, so that a re-import's
 * changes read as a short diff and 100,000 incidents stay a file an editor opens.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function format(value: Json, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    if (value.every((item) => item === null || typeof item !== 'object'))
      return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
  }
  // Fields left undefined are left out, as JSON.stringify leaves them.
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (!entries.length) return '{}';
  const lines = entries.map(
    ([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`,
  );
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** The JSON text of a dataset (any JSON value), ending with a newline. */
export function datasetJson(value: unknown): string {
  return `${format(value as Json, '')}\n`;
}
