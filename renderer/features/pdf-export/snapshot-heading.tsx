/** A heading on page 1 that links to the part with the detail. */
export function SectionHeading({ children, detail }: { children: string; detail?: string }) {
  return <h2 className="snapshot-heading">{detail ? <a href={`#${detail}`}>{children}</a> : children}</h2>;
}
