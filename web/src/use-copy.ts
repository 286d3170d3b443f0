import { useState } from 'react';
import { copyText } from './clipboard';

/**
 * Copy actions for a row of buttons that share one status line: `copy('Markdown', () => text)`
 * puts the text on the clipboard and `message` says what was copied, or that it failed.
 */
export function useCopy() {
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  async function copy(what: string, text: () => string | Promise<string>) {
    try {
      const copied = await copyText(await text());
      setMessage(
        copied
          ? { text: `${what} copied to the clipboard.`, ok: true }
          : { text: 'Couldn’t copy; select the text and copy it yourself.', ok: false },
      );
    } catch {
      setMessage({ text: `Couldn’t copy the ${what.toLowerCase()}.`, ok: false });
    }
  }
  return { copy, message };
}
