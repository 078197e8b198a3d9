import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the page opens, so keyboard and screen-reader users land at
 * the top of the new page instead of on a link they already used.
 */
export function PageHeading({ children, description }: { children: ReactNode; description?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <header className="page-heading">
      <h1 ref={heading} tabIndex={-1}>
        {children}
      </h1>
      {description && <p className="page-description">{description}</p>}
    </header>
  );
}
