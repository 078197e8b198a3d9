import { useLayoutEffect } from 'react';
import { pageBlockName, pageBlockSelector } from '../../../shared/pdf-export/report-data';
import { usePrintJob } from './api';
import { usePrintReady } from '../../lib/print-ready';
import { ReportDocument } from './report-document';

/**
 * On the print that counts pages for the preview: a link to every block, drawn invisibly in the
 * corner of page 1 (outside the flow, so no page moves), makes the PDF name the page each block
 * landed on. This print is never saved.
 */
function useProbeLinks(probe: boolean): void {
  useLayoutEffect(() => {
    if (!probe) return;
    const layer = document.createElement('div');
    layer.className = 'print-probe';
    layer.setAttribute('aria-hidden', 'true');
    document.querySelectorAll(pageBlockSelector).forEach((block, index) => {
      const name = pageBlockName(block.id, index);
      block.id = name;
      const link = document.createElement('a');
      link.href = `#${name}`;
      link.tabIndex = -1;
      link.textContent = '.';
      layer.append(link);
    });
    document.body.append(layer);
    return () => layer.remove();
  }, [probe]);
}

/**
 * The page a host prints (`#/print/<job id>`), off-screen: the job's document and nothing else.
 * It marks <html> `ready` once the fonts are in and the charts are drawn, or `failed`.
 */
export function PrintView({ jobId }: { jobId: string }) {
  const job = usePrintJob(jobId);
  const report = job.data;
  const error = job.error?.message;
  useProbeLinks(report?.probeBlocks === true);
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
