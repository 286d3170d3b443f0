import { type ReactNode, useEffect, useRef } from 'react';

let firstPage = true;

/**
 * A page's title and top heading. After a client-side navigation focus moves to the heading,
 * so screen readers announce the new page as they would after a full load.
 */
export function Page({
  title,
  heading,
  actions,
  children,
}: {
  title: string;
  heading?: ReactNode;
  /** Buttons or links beside the heading, e.g. "Add person". */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Rapport`;
    if (firstPage) firstPage = false;
    else headingRef.current?.focus();
  }, [title]);
  const h1 = (
    <h1 ref={headingRef} tabIndex={-1}>
      {heading ?? title}
    </h1>
  );
  return (
    <>
      {actions ? (
        <div className="page-head">
          {h1}
          <div className="actions">{actions}</div>
        </div>
      ) : (
        h1
      )}
      {children}
    </>
  );
}
