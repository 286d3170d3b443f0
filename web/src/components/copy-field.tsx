import { useId, useRef, useState } from 'react';

/** A read-only value with a Copy button; works without the Clipboard API (plain-HTTP hosts). */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      inputRef.current?.select();
      setCopied(document.execCommand('copy'));
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input
          id={id}
          ref={inputRef}
          readOnly
          value={value}
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" onClick={copy}>
          Copy
        </button>
      </div>
      <p className="form-status" role="status">
        {copied === true && 'Copied to the clipboard.'}
        {copied === false && 'Couldn’t copy; select the text and copy it yourself.'}
      </p>
    </div>
  );
}
