/**
 * One field, quoted when it could split a row in any spreadsheet: RFC 4180 quotes for `,` `"` and
 * line breaks, and many spreadsheets (most European locales) split on `;` or a tab as well, where
 * an unquoted `ok;=1+1` would become a second cell starting with a formula. Text a spreadsheet
 * would run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with an
 * apostrophe, so opening the file is safe.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header and its rows as a CSV file: every field through `csvField`, each line ended by CRLF. */
export function csvTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
