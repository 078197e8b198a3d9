import { useEffect } from 'react';
import { printStateAttribute } from '../../shared/pdf-export/report-data';
import { useIpcQuery } from '../lib/use-ipc-query';
import { ReportDocument } from './report-document';

/** The shipped typeface's faces the document uses; loaded before the page says it is ready. */
const printFaces = [
  '400 1em "Atkinson Hyperlegible"',
  '700 1em "Atkinson Hyperlegible"',
  'italic 400 1em "Atkinson Hyperlegible"',
];

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * The page a host prints (`#/print/<job id>`), off-screen: the job's document and nothing else.
 * It marks <html> `ready` once the fonts are in and the charts are drawn, or `failed`.
 */
export function PrintView({ jobId }: { jobId: string }) {
  const { data: report, error } = useIpcQuery('pdfExport.printJob', { id: jobId });
  useEffect(() => {
    document.documentElement.classList.add('print-page');
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    if (error) {
      root.setAttribute(printStateAttribute, 'failed');
      return;
    }
    if (!report) return;
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
  }, [report, error]);

  if (error) return <p role="alert">{error}</p>;
  if (!report) return null;
  return (
    <>
      <style>{`@page { size: ${report.choices.paper === 'letter' ? 'letter' : 'A4'}; }`}</style>
      <ReportDocument report={report} />
    </>
  );
}
