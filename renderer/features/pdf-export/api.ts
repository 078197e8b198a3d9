import type { ReportChoices } from '../../../shared/pdf-export/report-choices';
import { useIpcChange, useIpcQuery } from '../../lib/ipc-query';

/** The Export screen's choices as last left (null before the first visit): asked afresh each visit. */
export const useRememberedChoices = () => useIpcQuery('pdfExport.rememberedChoices', {}, { fresh: true });
export const useRememberChoices = () => useIpcChange('pdfExport.rememberChoices', { serial: 'export-choices' });

/** The document for these choices, as the preview shows it; waits while `choices` is undefined. */
export const useReportPreview = (choices: ReportChoices | undefined) => useIpcQuery('pdfExport.preview', choices);

/** The pages the document fills when printed, and where each block starts. */
export const useReportPages = (choices: ReportChoices | undefined) => useIpcQuery('pdfExport.pages', choices);

export const useSaveReport = () => useIpcChange('pdfExport.save');

/** The document a host prints (the print view, off-screen). */
export const usePrintJob = (id: string) => useIpcQuery('pdfExport.printJob', { id });
