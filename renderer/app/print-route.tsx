import { PrintView } from '../features/pdf-export/print-view';
import { SlotsProvider } from '../lib/slots';
import { featureSlots } from './feature-slots';

/** The PDF's print page: the document with the plan's and progress's parts in their slots. */
export function PrintRoute({ jobId }: { jobId: string }) {
  return (
    <SlotsProvider slots={featureSlots}>
      <PrintView jobId={jobId} />
    </SlotsProvider>
  );
}
