import { useEffect, useRef } from 'react';

/** A whole page around the server's fragment: white paper, links open outside the app. */
function pageOf(html: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light"><base target="_blank"><style>html{background:#fff}body{margin:0;padding:16px 20px;overflow-wrap:anywhere}table{overflow-wrap:normal}@media (max-width:420px){body{padding:12px}}</style></head><body>${html}</body></html>`;
}

/**
 * HTML that the server rendered from Markdown, shown as the e-mail it is. Every piece of text in
 * it was escaped by the server; only the server's `html` fields come here, user input never does.
 * It sits in a sandboxed frame that runs no scripts, so neither its headings nor its styles mix
 * with the app's; the frame grows to fit its content.
 */
export function ServerHtml({ html, label }: { html: string; label: string }) {
  const ref = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    let observer: ResizeObserver | null = null;
    const resize = () => {
      const root = frame.contentDocument?.documentElement;
      if (root) frame.style.height = `${root.scrollHeight}px`;
    };
    const loaded = () => {
      resize();
      observer?.disconnect();
      const body = frame.contentDocument?.body;
      if (body) {
        observer = new ResizeObserver(resize);
        observer.observe(body);
      }
    };
    frame.addEventListener('load', loaded);
    if (frame.contentDocument?.readyState === 'complete') loaded();
    return () => {
      frame.removeEventListener('load', loaded);
      observer?.disconnect();
    };
  }, []);

  return (
    <iframe
      ref={ref}
      className="email-preview"
      title={label}
      // No scripts; same origin only so the app can measure the height.
      sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      srcDoc={pageOf(html)}
    />
  );
}
