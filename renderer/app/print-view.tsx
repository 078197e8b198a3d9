import { useIpcQuery } from '../lib/use-ipc-query';
import { usePrintReady } from './print-ready';
import { ReportDocument } from './report-document';

/**
 * The page a host prints (`#/print/<job id>`), off-screen: the job's document and nothing else.
 * It marks <html> `ready` once the fonts are in and the charts are drawn, or `failed`.
 */
export function PrintView({ jobId }: { jobId: string }) {
  const { data: report, error } = useIpcQuery('pdfExport.printJob', { id: jobId });
  usePrintReady(report !== undefined, error !== undefined);
  if (error) return <p role="alert">{error}</p>;
  if (!report) return null;
  return (
    <>
      <style>{`@page { size: ${report.choices.paper === 'letter' ? 'letter' : 'A4'}; }`}</style>
      <ReportDocument report={report} />
    </>
  );
}
