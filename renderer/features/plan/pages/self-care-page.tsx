import { PageHeading } from '../../../components/page-heading';
import { sectionFields } from '../plan-fields';
import { SectionForm } from '../section-form';

export function SelfCarePage() {
  return (
    <>
      <PageHeading description="The everyday routines that keep you steady, and the small wins worth noticing.">
        Daily life and self-care
      </PageHeading>
      <SectionForm section="selfCare" fields={sectionFields.selfCare} />
    </>
  );
}
