import { describe, expect, it } from 'vitest';
import { countPdfPages, destinationPages } from '../../../electron/pdf-export/pdf-pages';
import { pdfWith } from '../support/pdf-file';

const chromiumLike = {
  1: '<</Type /Catalog\n/Pages 2 0 R\n/Dests 9 0 R>>',
  2: '<</Type /Pages\n/Count 4\n/Kids [3 0 R 4 0 R]>>',
  3: '<</Type /Pages\n/Count 2\n/Parent 2 0 R\n/Kids [5 0 R 6 0 R]>>',
  4: '<</Type /Pages\n/Count 2\n/Parent 2 0 R\n/Kids [7 0 R 8 0 R]>>',
  5: '<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 612 792]>>',
  6: '<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 612 792]>>',
  7: '<</Type /Page\n/Parent 4 0 R\n/MediaBox [0 0 612 792]>>',
  8: '<</Type /Page\n/Parent 4 0 R\n/MediaBox [0 0 612 792]>>',
  9: '<</report-safetyPlan [6 0 R /XYZ 0 792 0]\n/report-progress [8 0 R /XYZ 0 792 0]\n/print#2Darea#2Dgoals [7 0 R /XYZ 0 400 0]>>',
  10: '<</Length 20>>\nstream\n/Type /Page 99 0 obj\nendstream',
};

describe('reading back where Chromium put things', () => {
  it('counts the pages and finds the page of each named destination through a nested page tree', () => {
    const pdf = pdfWith(chromiumLike);
    expect(countPdfPages(pdf)).toBe(5); // the stream's text is counted too: the count is only a figure to show
    expect(Object.fromEntries(destinationPages(pdf))).toEqual({
      'report-safetyPlan': 2,
      'report-progress': 4,
      'print-area-goals': 3,
    });
  });

  it('finds nothing, rather than wrong pages, in a file without destinations or with a damaged table', () => {
    const { 9: _, ...withoutDests } = chromiumLike;
    expect(destinationPages(pdfWith({ ...withoutDests, 1: '<</Type /Catalog\n/Pages 2 0 R>>' })).size).toBe(0);
    const damaged = Buffer.from(pdfWith(chromiumLike))
      .toString('latin1')
      .replace(/startxref\n\d+/, 'startxref\n7');
    expect(destinationPages(new Uint8Array(Buffer.from(damaged, 'latin1'))).size).toBe(0);
    expect(destinationPages(new Uint8Array(Buffer.from('not a pdf'))).size).toBe(0);
  });
});
