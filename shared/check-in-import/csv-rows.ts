/** One row of a CSV file: its fields, and the line (from 1) it starts on, for messages. */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** A row longer than the reader was told to read: reading stopped inside it. */
export class CsvRowTooLong extends Error {
  override readonly name = 'CsvRowTooLong';
  constructor(
    /** The line the row starts on. */
    readonly line: number,
    /** How far into the text reading went: the row's start plus the limit, never the row's end. */
    readonly stoppedAt: number,
  ) {
    super(`The row on line ${line} is too long.`);
  }
}

const quote = 0x22;
const comma = 0x2c;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

/**
 * The rows of CSV text, one at a time, as RFC 4180 reads them: fields separated by commas, a
 * quoted field may hold commas, line breaks and doubled quotes (`""`), rows end with LF or CRLF.
 * A leading byte-order mark is dropped; blank lines are skipped. A row longer than `maxRowChars`
 * (a quoted field that never ends, say) throws `CsvRowTooLong` as soon as the limit is passed.
 * Pulls only what it yields: a reader that stops early has read no further than the row it got.
 * Linear in what is read: fields are cut from the text, not built a character at a time.
 */
export function* eachCsvRow(text: string, maxRowChars = Infinity): Generator<CsvRow, void, undefined> {
  const end = text.length;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (index < end) {
    const first = text.charCodeAt(index);
    if (first === lineFeed || first === carriageReturn) {
      // A blank line: skipped without making a row.
      index += first === carriageReturn && text.charCodeAt(index + 1) === lineFeed ? 2 : 1;
      line++;
      continue;
    }
    const rowLine = line;
    const rowEnd = index + maxRowChars;
    const fields: string[] = [];
    let field = '';
    // Where the run of characters being added to `field` starts; -1 when there is none.
    let run = -1;
    let quoted = false;
    for (;;) {
      if (index === end) {
        fields.push(run >= 0 ? field + text.slice(run, index) : field);
        break;
      }
      const char = text.charCodeAt(index);
      if (!quoted && (char === lineFeed || char === carriageReturn)) {
        // The line break that ends a row is not counted in its length.
        fields.push(run >= 0 ? field + text.slice(run, index) : field);
        index += char === carriageReturn && text.charCodeAt(index + 1) === lineFeed ? 2 : 1;
        line++;
        break;
      }
      if (index >= rowEnd) throw new CsvRowTooLong(rowLine, index);
      if (quoted) {
        if (char === quote) {
          if (text.charCodeAt(index + 1) === quote) {
            // The first of the two quotes is the field's; the second is skipped.
            field += text.slice(run >= 0 ? run : index, index + 1);
            run = -1;
            index++;
          } else {
            if (run >= 0) field += text.slice(run, index);
            run = -1;
            quoted = false;
          }
        } else {
          if (char === lineFeed) line++;
          if (run < 0) run = index;
        }
      } else if (char === quote && run < 0 && field === '') {
        quoted = true;
      } else if (char === comma) {
        fields.push(run >= 0 ? field + text.slice(run, index) : field);
        field = '';
        run = -1;
      } else if (run < 0) {
        run = index;
      }
      index++;
    }
    if (fields.length > 1 || fields[0] !== '') yield { line: rowLine, fields };
  }
}

/** Every row of CSV text (see `eachCsvRow`), with no limit on a row's length. */
export function csvRows(text: string): CsvRow[] {
  return [...eachCsvRow(text)];
}
