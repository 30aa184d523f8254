/**
 * Where in a text a JSON syntax error is: Node 20's `JSON.parse` says "at position 1234", a
 * number no editor shows; this turns it into the line and column an editor does.
 */

/** Line and column (both from 1) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

/**
 * The parser's message with the line and column added, when it names a position and does not
 * already say them (newer Node versions do).
 */
export function withLineAndColumn(message: string, text: string): string {
  if (/line \d+ column \d+/.test(message)) return message;
  const match = /at position (\d+)/.exec(message);
  if (!match) return message;
  const { line, column } = lineAndColumn(text, Number(match[1]));
  return `${message} (line ${line}, column ${column})`;
}
