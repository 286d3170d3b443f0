import type { ProposalDocument as Doc } from '../../api/credit-types';
import { useProposalDocument } from '../../api/proposal';
import { downloadText, escapeHtml, fileNameOf } from '../../clipboard';
import { formatDate } from '../../time';
import { useCopy } from '../../use-copy';
import { FormError } from '../form-messages';
import { ServerHtml } from '../server-html';

/** A standalone page around the server's HTML, for the .html download. */
function htmlFile(doc: Doc): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
</head>
<body style="max-width:46rem;margin:2rem auto;padding:0 1rem">
${doc.html}
</body>
</html>
`;
}

/** The proposal written out from the saved answers and the logs, to copy or download. */
export function ProposalDocumentSection() {
  const doc = useProposalDocument(true);
  const { copy, message } = useCopy();
  const data = doc.data;
  return (
    <section className="card" id="document" aria-labelledby="document-title" tabIndex={-1}>
      <h2 id="document-title">The document</h2>
      <FormError error={doc.error} />
      {doc.isPending && <p className="hint">Writing it out…</p>}
      {data && (
        <>
          <p className="hint">
            With evidence from your wins and flexibility of the last six months. The trial is
            reviewed on{' '}
            <time dateTime={data.reviewDate}>{formatDate(data.reviewDate, { weekday: true })}</time>
            .
          </p>
          <div className="actions document-actions">
            <button type="button" onClick={() => copy('Markdown', () => data.markdown)}>
              Copy Markdown
            </button>
            <button type="button" onClick={() => copy('Text', () => data.text)}>
              Copy text
            </button>
            <button
              type="button"
              onClick={() =>
                downloadText(`${fileNameOf(data.title)}.md`, data.markdown, 'text/markdown')
              }
            >
              Download .md
            </button>
            <button
              type="button"
              onClick={() =>
                downloadText(`${fileNameOf(data.title)}.html`, htmlFile(data), 'text/html')
              }
            >
              Download .html
            </button>
          </div>
          <p className={message?.ok === false ? 'form-error' : 'form-status'} role="status">
            {message?.text ?? ''}
          </p>
          <ServerHtml html={data.html} label={data.title} />
        </>
      )}
    </section>
  );
}
