/**
 * Reading one cell's value: a date at the precision written, a whole number, a number of people
 * (a number, at least a number, or a range), a coordinate, a list, one of a few allowed words.
 * Each reader returns the value, or the sentence that says what is wrong and how to write it;
 * the caller reports it at the cell.
 */
import { daysInMonth, parsePartialDate } from '../../data/partial-date.js';
import type { People } from '../../data/schema.js';

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): CellResult<never> => ({ ok: false, message });
const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });

const dateHint = 'write 2024, 2024-09 or 2024-09-14';

/**
 * A date kept at the precision the spreadsheet gives (`2024`, `2024-09`, `2024-09-14`), never
 * rounded or guessed: `14/09/2024` could be read two ways, so it is refused with the form to use.
 */
export function readDate(text: string): CellResult<string> {
  if (parsePartialDate(text)) return ok(text);
  if (/^\d{4}-\d{1,2}(-\d{1,2})?$/.test(text)) {
    const [year, month, day] = text.split('-').map((part) => part.padStart(2, '0'));
    const padded = [year, month, day].filter(Boolean).join('-');
    if (padded !== text && parsePartialDate(padded))
      return fail(`"${text}" is not a date: months and days have two digits; write ${padded}`);
  }
  const day = /^(\d{4})-(0[1-9]|1[0-2])-\d{2}$/.exec(text);
  if (day) {
    const days = daysInMonth(Number(day[1]), Number(day[2]));
    const month = new Date(Date.UTC(2000, Number(day[2]) - 1)).toLocaleString('en', {
      month: 'long',
      timeZone: 'UTC',
    });
    return fail(`"${text}" is not a real calendar date: ${month} ${day[1]} has ${days} days`);
  }
  if (/^\d{5}(\.\d+)?$/.test(text))
    return fail(
      `"${text}" is a spreadsheet's date number, not a date: format the column as text and ${dateHint}`,
    );
  return fail(`"${text}" is not a date; ${dateHint}`);
}

/** A whole number of zero or more, as written without separators (`1200`, not `1,200`). */
export function readCount(text: string): CellResult<number> {
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    return Number.isSafeInteger(value) ? ok(value) : fail(`"${text}" is too large a number`);
  }
  if (/^\d{1,3}([,. ]\d{3})+$/.test(text))
    return fail(
      `"${text}" has separators: write the whole number without them, as ${text.replace(/\D/g, '')}`,
    );
  if (/^-\d+$/.test(text))
    return fail(`"${text}" is below zero: write a whole number of 0 or more`);
  return fail(`"${text}" is not a whole number: write digits only, such as 12`);
}

const peopleForms =
  'write a whole number (12), at least a number (30+ or at least 30) or a range (12-20 or 12 to 20)';

/** Thousands separators in a number (`1,200`, `1.200`, `1 200`): the cell without them. */
const withoutSeparators = (text: string) => text.replace(/(\d)[,. ](?=\d{3}(?!\d))/g, '$1');

/**
 * A number of people as a source gives it, in one cell as people write it: exactly (`12`), at
 * least (`30+`, `at least 30`), or between two (`12-20`, `12–20`, `12 to 20`, `12~20`). A
 * range whose two ends are equal is that number. Anything else is refused with the forms to
 * write, so that nothing is read in a way the researcher did not mean.
 */
export function readPeople(cell: string): CellResult<People> {
  const text = cell.trim().replace(/\s+/g, ' ');
  // One number, however written (`12`, `1,200`, `-3`, `12.5`): read and worded as a count.
  if (/^-?\d[\d,. ]*$/.test(text)) return readCount(text);
  const plain = withoutSeparators(text);
  if (plain !== text && readPeople(plain).ok)
    return fail(`"${text}" has separators: write the numbers without them, as ${plain}`);
  const atLeast = /^(\d+) ?\+$/.exec(text) ?? /^at least (\d+)$/i.exec(text);
  if (atLeast) {
    const min = readCount(atLeast[1]!);
    return min.ok ? ok({ min: min.value }) : min;
  }
  const range = /^(\d+) ?(?:[-–—~]|to) ?(\d+)$/i.exec(text);
  if (range) {
    const [min, max] = [readCount(range[1]!), readCount(range[2]!)];
    if (!min.ok) return min;
    if (!max.ok) return max;
    if (max.value < min.value)
      return fail(
        `"${text}" runs from more to fewer: write the smaller number first, as ${max.value}-${min.value}`,
      );
    return ok(max.value === min.value ? min.value : { min: min.value, max: max.value });
  }
  const open = /^(\d+) ?(?:[-–—~]|to)$/i.exec(text);
  if (open) {
    const least = Number(open[1]);
    return fail(
      `"${text}" is a range without its end: write both ends, such as ${least}-${least + 10}, or ${least}+ for at least ${least}`,
    );
  }
  // What a spreadsheet makes of `12-20` typed in a cell formatted as General: 20 December.
  if (
    /^(\d{1,2}-[a-z]{3}|[a-z]{3}-\d{1,2}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/i.test(text)
  )
    return fail(
      `"${text}" is a date: the spreadsheet turned a range into one. Write the range as 12 to 20 (which spreadsheets leave alone), or format the column as text`,
    );
  return fail(
    `"${text}" is not a number of people: ${peopleForms}; leave it empty when the source gives no number`,
  );
}

/** A longitude or latitude in degrees, a decimal point as the separator. */
export function readDegrees(text: string, max: number): CellResult<number> {
  if (/^-?\d+,\d+$/.test(text))
    return fail(
      `"${text}" has a decimal comma: write it with a point, as ${text.replace(',', '.')}`,
    );
  const value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(value)) return fail(`"${text}" is not a number of degrees, such as 40.18`);
  if (Math.abs(value) > max)
    return fail(`${text} is out of range: it must lie between -${max} and ${max}`);
  return ok(value);
}

/** Several values in one cell, separated by semicolons: `arrest; detention`. */
export function readList(text: string): string[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * One of a few allowed words, in any case, with spaces or hyphens (`Not started` for
 * `not-started`).
 */
export function readChoice<T extends string>(text: string, allowed: readonly T[]): CellResult<T> {
  const key = text.toLowerCase().replace(/[\s_]+/g, '-');
  const match = allowed.find((value) => value === key);
  return match ? ok(match) : fail(`"${text}" is not one of: ${allowed.join(', ')}`);
}
