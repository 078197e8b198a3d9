import path from 'node:path';
import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { reportFileName } from '../../shared/pdf-export/report-choices';
import { printRoutePrefix, type ReportData } from '../../shared/pdf-export/report-data';
import type { Host } from '../ports/host';
import type { IpcHandlers } from '../ipc/ipc-router';
import { RequestError } from '../ipc/request-error';
import { writeFailureReason, writeFileAtomically } from '../vault/atomic-write';
import type { OpenVault } from '../vault/open-vault';
import { countPdfPages, destinationPages } from './pdf-pages';
import { buildReport } from './report-builder';
import { readRememberedChoices, writeRememberedChoices } from './remembered-choices';

export type PdfExportChannel = Extract<InvokeChannel, `pdfExport.${string}`>;

export interface PdfExportDependencies {
  newId(): string;
  host: Pick<Host, 'chooseSavePath' | 'printToPdf'>;
}

/**
 * Prints with `print` (the host's PDF engine) and writes the bytes straight to `target` (with
 * `.pdf` added when the name has none): no copy is kept anywhere else. `what` names the document
 * in the messages ("The PDF", "The page").
 */
export async function printToFile({
  print,
  target,
  what,
}: {
  print: () => Promise<Uint8Array>;
  target: string;
  what: string;
}): Promise<{ file: string; pdf: Uint8Array }> {
  let pdf: Uint8Array;
  try {
    pdf = await print();
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

/** How many times a report is printed again to settle its contents' page numbers. */
const pageNumberPasses = 2;

/**
 * The Export area's channels. A PDF is made in three steps: the person picks where it goes, the
 * host prints the print view (which fetches this job's document by id), and the bytes are
 * written straight to the chosen file. No copy is kept anywhere else, and a job waiting to be
 * printed goes when the vault locks, with these handlers.
 */
export function createPdfExportHandlers(vault: OpenVault, { newId, host }: PdfExportDependencies) {
  const printJobs = new Map<string, ReportData>();
  /**
   * The preview's latest count of pages, for which choices, and where the parts fell once it is
   * done: a save of the same choices waits for a count under way rather than printing twice.
   */
  let counted: { choices: string; starts: Promise<Record<string, number> | null> } | undefined;

  /**
   * Prints `report`. The first print places every part; the contents then gets those page
   * numbers and the same print page prints again as a new job (again if a number moved a part,
   * which page 1's fixed layout makes rare). Page numbers already `known` from the preview's count
   * of the same choices are printed at once, and checked against where the parts landed. A file
   * whose places cannot be read keeps its contents without numbers.
   */
  async function printReport(report: ReportData, known: Record<string, number> | null): Promise<Uint8Array> {
    const jobs: string[] = [];
    const job = (pageNumbers: Record<string, number> | null) => {
      const id = newId();
      jobs.push(id);
      printJobs.set(id, { ...report, pageNumbers });
      return `${printRoutePrefix}${id}`;
    };
    let pageNumbers = known;
    try {
      return await host.printToPdf({
        route: job(pageNumbers),
        paper: report.choices.paper,
        nextRoute: async (pdf) => {
          const placed = Object.fromEntries(destinationPages(pdf));
          // Settled when every part landed where the contents says (a count for the preview also
          // knows the pages of blocks the contents does not name).
          const known = pageNumbers;
          const settled = known !== null && Object.entries(placed).every(([id, page]) => known[id] === page);
          if (settled || Object.keys(placed).length === 0 || jobs.length > pageNumberPasses) return undefined;
          pageNumbers = placed;
          return job(pageNumbers);
        },
      });
    } finally {
      for (const id of jobs) printJobs.delete(id);
    }
  }

  const handlers: Pick<IpcHandlers, PdfExportChannel> = {
    'pdfExport.preview': (choices) => buildReport(vault.db, choices),
    'pdfExport.pages': async (choices) => {
      // One print is enough to count the pages and place the parts; nothing is written anywhere.
      const id = newId();
      printJobs.set(id, { ...buildReport(vault.db, choices), probeBlocks: true });
      const counting = host
        .printToPdf({ route: `${printRoutePrefix}${id}`, paper: choices.paper })
        .then((pdf) => ({ pages: countPdfPages(pdf), starts: Object.fromEntries(destinationPages(pdf)) }));
      counted = {
        choices: JSON.stringify(choices),
        starts: counting.then(
          (count) => count.starts,
          () => null,
        ),
      };
      try {
        return await counting;
      } catch {
        throw new RequestError('SAVE_FAILED', 'The pages could not be counted just now; the preview is still right.');
      } finally {
        printJobs.delete(id);
      }
    },
    'pdfExport.rememberedChoices': () => readRememberedChoices(vault.db),
    'pdfExport.rememberChoices': (choices) => {
      // Unchanged choices are not written again, so moving about the screen costs no save.
      if (JSON.stringify(readRememberedChoices(vault.db)) !== JSON.stringify(choices)) {
        vault.change((db) => writeRememberedChoices(db, choices));
      }
      return null;
    },
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
      const known = counted?.choices === JSON.stringify(choices) ? await counted.starts : null;
      const { file, pdf } = await printToFile({ print: () => printReport(report, known), target, what: 'The PDF' });
      return { saved: true, fileName: path.basename(file), bytes: pdf.byteLength, pages: countPdfPages(pdf) };
    },
  };

  return handlers;
}
