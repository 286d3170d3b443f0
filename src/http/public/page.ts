// A small self-contained HTML page for links opened outside the app (no script, no assets).
import { escapeHtml } from '../../domain/credit/markdown-render';

export function page(
  title: string,
  body: string,
  options: { refreshSeconds?: number } = {},
): string {
  const refresh = options.refreshSeconds
    ? `<meta http-equiv="refresh" content="${options.refreshSeconds}">`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">${refresh}
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f6f5f1;color:#1d1d1f}
main{max-width:28rem;padding:2rem;text-align:center}h1{font-size:2rem;margin:.2em 0}
button{font:inherit;padding:.6rem 1rem;margin:.25rem;border-radius:.5rem;border:1px solid #888;background:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #2b59c3;outline-offset:2px}.muted{color:#555}a{color:#2b59c3}
@media (prefers-color-scheme:dark){body{background:#17171a;color:#eee}button{background:#26262b;color:#eee}.muted{color:#aaa}a{color:#8fb0ff}}</style>
</head><body><main>${body}</main></body></html>`;
}

export { escapeHtml };
