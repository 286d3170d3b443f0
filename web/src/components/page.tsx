import { type ReactNode, useEffect, useRef } from 'react';

let firstPage = true;

/**
 * A page's title and top heading. After a client-side navigation focus moves to the heading,
 * so screen readers announce the new page as they would after a full load.
 */
export function Page({
  title,
  heading,
  children,
}: {
  title: string;
  heading?: ReactNode;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Rapport`;
    if (firstPage) firstPage = false;
    else headingRef.current?.focus();
  }, [title]);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
