import path from 'node:path';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { reportFileName, type PaperSize } from '../../shared/pdf-export/report-choices';
import { printRoutePrefix, type ReportData } from '../../shared/pdf-export/report-data';
import type { Host } from '../app/host';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import { writeFailureReason, writeFileAtomically } from '../vault/atomic-write';
import type { OpenVault } from '../vault/open-vault';
import { buildReport } from './report-builder';

export type PdfExportChannel = Extract<InvokeChannel, `pdfExport.${string}`>;

export interface PdfExportDependencies {
  newId(): string;
  host: Pick<Host, 'chooseSavePath' | 'printToPdf'>;
}

/**
 * Prints `route` with the host's PDF engine and writes the bytes straight to `target` (with `.pdf`
 * added when the name has none): no copy is kept anywhere else. `what` names the document in the
 * messages ("The PDF", "The page").
 */
export async function printToFile(
  host: Pick<Host, 'printToPdf'>,
  { route, paper, target, what }: { route: string; paper: PaperSize; target: string; what: string },
): Promise<{ file: string; pdf: Uint8Array }> {
  let pdf: Uint8Array;
  try {
    pdf = await host.printToPdf({ route, paper });
  } catch {
    throw new RequestError('SAVE_FAILED', `${what} could not be made, so nothing was saved. Please try again.`);
  }
  const file = target.toLowerCase().endsWith('.pdf') ? target : `${target}.pdf`;
  try {
    await writeFileAtomically(file, pdf);
  } catch (error) {
    throw new RequestError(
      'SAVE_FAILED',
      `${what} was not saved because ${writeFailureReason(error, 'that folder')}. Nothing was written there; choose another place and try again.`,
    );
  }
  return { file, pdf };
}

/** Pages in a PDF from Chromium's engine: one `/Type /Page` dictionary each. */
function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b/g)?.length ?? 0
  );
}

/**
 * The Export area's channels. A PDF is made in three steps: the person picks where it goes, the
 * host prints the print view (which fetches this job's document by id), and the bytes are
 * written straight to the chosen file. No copy is kept anywhere else, and a job waiting to be
 * printed goes when the vault locks, with these handlers.
 */
export function createPdfExportHandlers(vault: OpenVault, { newId, host }: PdfExportDependencies) {
  const printJobs = new Map<string, ReportData>();

  const handlers: Pick<IpcHandlers, PdfExportChannel> = {
    'pdfExport.preview': (choices) => buildReport(vault.db, choices),
    'pdfExport.printJob': ({ id }) => {
      const report = printJobs.get(id);
      if (!report) throw new RequestError('NOT_FOUND', 'This PDF is no longer being made.');
      return report;
    },
    'pdfExport.save': async (choices) => {
      // Built first, so a choice that cannot work is reported before the save dialog opens.
      const report = buildReport(vault.db, choices);
      const target = await host.chooseSavePath({
        title: 'Save your plan as a PDF',
        defaultName: reportFileName(choices.today),
      });
      if (!target) return { saved: false };
      const id = newId();
      printJobs.set(id, report);
      let printed: { file: string; pdf: Uint8Array };
      try {
        printed = await printToFile(host, {
          route: `${printRoutePrefix}${id}`,
          paper: choices.paper,
          target,
          what: 'The PDF',
        });
      } finally {
        printJobs.delete(id);
      }
      const { file, pdf } = printed;
      return { saved: true, fileName: path.basename(file), bytes: pdf.byteLength, pages: countPdfPages(pdf) };
    },
  };

  return handlers;
}
