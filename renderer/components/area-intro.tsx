import type { ReactNode } from 'react';
import { PageHeading } from './page-heading';

/** The opening of an area that has nothing in it yet: what it will hold, in a sentence or two. */
export function AreaIntro({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children?: ReactNode;
}) {
  return (
    <>
      <PageHeading description={description}>{title}</PageHeading>
      <section className="card empty-state">{children}</section>
    </>
  );
}
