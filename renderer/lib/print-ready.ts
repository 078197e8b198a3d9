import { useEffect } from 'react';
import { printStateAttribute } from '../../shared/pdf-export/report-data';

/** The shipped typeface's faces printed pages use; loaded before the page says it is ready. */
const printFaces = [
  '400 1em "Atkinson Hyperlegible"',
  '700 1em "Atkinson Hyperlegible"',
  'italic 400 1em "Atkinson Hyperlegible"',
];

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * For a page a host prints off-screen: marks <html> as a print page, then `ready` once `loaded`
 * and the fonts are in and two frames are drawn, or `failed` when `failed`.
 */
export function usePrintReady(loaded: boolean, failed: boolean): void {
  useEffect(() => {
    document.documentElement.classList.add('print-page');
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    if (failed) {
      root.setAttribute(printStateAttribute, 'failed');
      return;
    }
    if (!loaded) return;
    let current = true;
    void Promise.all(printFaces.map((face) => document.fonts.load(face)))
      .then(() => document.fonts.ready)
      .then(nextFrame)
      .then(nextFrame)
      .then(
        () => current && root.setAttribute(printStateAttribute, 'ready'),
        () => current && root.setAttribute(printStateAttribute, 'failed'),
      );
    return () => {
      current = false;
    };
  }, [loaded, failed]);
}
