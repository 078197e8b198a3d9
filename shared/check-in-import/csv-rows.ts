/** One row of a CSV file: its fields, and the line (from 1) it starts on, for messages. */
export interface CsvRow {
  line: number;
  fields: string[];
}

/**
 * The rows of CSV text as RFC 4180 reads them: fields separated by commas, a quoted field may hold
 * commas, line breaks and doubled quotes (`""`), rows end with LF or CRLF. A leading byte-order
 * mark is dropped. Blank lines are skipped. Linear in the length of the text.
 */
export function csvRows(text: string): CsvRow[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let started = false;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
    started = false;
  };
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (!started) {
      rowLine = line;
      started = true;
    }
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index++;
        } else {
          quoted = false;
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index++;
      endRow();
      line++;
    } else field += char;
  }
  if (started) endRow();
  return rows;
}
