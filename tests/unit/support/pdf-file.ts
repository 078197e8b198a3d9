/**
 * A PDF laid out as Chromium's engine writes one: numbered objects, a page tree two levels deep,
 * named destinations in the catalog's /Dests, a classic xref table with each object's offset.
 */
export function pdfWith(objects: Record<number, string>, root = 1): Uint8Array {
  let text = '%PDF-1.4\n%\u00d3\u00eb\u00e9\u00e1\n';
  const offsets = new Map<number, number>();
  for (const [number, body] of Object.entries(objects)) {
    offsets.set(Number(number), text.length);
    text += `${number} 0 obj\n${body}\nendobj\n`;
  }
  const size = Math.max(...offsets.keys()) + 1;
  const xrefAt = text.length;
  text += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let number = 1; number < size; number++) {
    const at = offsets.get(number);
    text += at === undefined ? '0000000000 65535 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`;
  }
  text += `trailer\n<</Size ${size}\n/Root ${root} 0 R>>\nstartxref\n${xrefAt}\n%%EOF`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
