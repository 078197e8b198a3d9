/**
 * Reading back what Chromium's PDF engine wrote: how many pages, and which page each named
 * destination (an element with an id that a link in the document points at) landed on. Only the
 * plain-text objects of the file are read (the xref table, the catalog, the page tree and the
 * destinations); content streams are never decoded.
 */

/** Pages in a PDF from Chromium's engine: one `/Type /Page` dictionary each. */
export function countPdfPages(pdf: Uint8Array): number {
  return latin1(pdf).match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

const latin1 = (pdf: Uint8Array) => Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');

/** A PDF name's own characters: `#2D` and the like decoded. */
const decodeName = (name: string) =>
  name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * The page (counted from 1) each named destination points at, by name. Empty when the file has
 * none, or is laid out in a way this reader does not follow (object streams, a damaged table):
 * the caller then goes without page numbers rather than printing wrong ones.
 */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = latin1(pdf);
  const found = new Map<string, number>();
  const xrefAt = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? NaN);
  const table = Number.isFinite(xrefAt) ? /^xref\s+(\d+)\s+(\d+)\s+/.exec(text.slice(xrefAt)) : null;
  if (!table) return found;
  const first = Number(table[1]);
  const count = Number(table[2]);
  const rows = text.slice(xrefAt + table[0].length, xrefAt + table[0].length + count * 20);
  const offsets = new Map<number, number>();
  for (let index = 0; index < count; index++) {
    const row = /^(\d{10}) \d{5} n/.exec(rows.slice(index * 20, index * 20 + 20));
    if (row) offsets.set(first + index, Number(row[1]));
  }
  /** The dictionary of object `number`, up to its end (or its stream, which is not read). */
  const object = (number: number): string => {
    const at = offsets.get(number);
    if (at === undefined) return '';
    const end = text.indexOf('endobj', at);
    const body = text.slice(at, end < 0 ? at : end);
    const stream = body.indexOf('stream');
    return stream < 0 ? body : body.slice(0, stream);
  };
  const reference = (dictionary: string, key: string) => {
    const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dictionary);
    return match ? Number(match[1]) : undefined;
  };

  const trailer = text.slice(text.lastIndexOf('trailer'));
  const catalog = object(reference(trailer, 'Root') ?? -1);
  const pageNumbers = new Map<number, number>();
  const walk = (node: number, depth: number) => {
    const dictionary = object(node);
    if (depth > 32 || !dictionary) return;
    if (/\/Type\s*\/Pages\b/.test(dictionary)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dictionary)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(kid[1]), depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(dictionary)) {
      pageNumbers.set(node, pageNumbers.size + 1);
    }
  };
  walk(reference(catalog, 'Pages') ?? -1, 0);

  const destinations = object(reference(catalog, 'Dests') ?? -1);
  for (const entry of destinations.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = pageNumbers.get(Number(entry[2]));
    if (page !== undefined) found.set(decodeName(entry[1]!), page);
  }
  return found;
}
