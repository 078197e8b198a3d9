import { PdfExportScreen } from '../features/pdf-export/pdf-export-screen';
import { ReportDocument } from './report-document';

/** The Export screen with the PDF's document as its preview (the app joins the two features here). */
export function ExportArea() {
  return <PdfExportScreen renderPreview={(report) => <ReportDocument report={report} />} />;
}
