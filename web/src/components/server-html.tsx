/**
 * HTML that the server rendered from Markdown: every piece of text in it is escaped and it
 * carries no scripts. This is the one place the app injects HTML, and only the server's `html`
 * fields come here; user input never does. It shows on white, as an e-mail client would.
 */
export function ServerHtml({ html, label }: { html: string; label: string }) {
  return (
    <div
      className="email-preview"
      role="document"
      aria-label={label}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the server's escaped rendering.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
