// The subject as threading sees it: "Re: Fwd: [EXT] Lunch  Friday" and "lunch friday" are one
// thread. The adapter hashes the result into `subjectKey`, so the text need not be stored.

// Reply and forward prefixes in the languages mail clients commonly write them, with counters
// such as "Re[2]:" or "RE(3):".
const PREFIX =
  /^\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|antw|antwort|tr|rif|ref|réf|odp|enc|res|r|i)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]|\[[^\]]{0,40}\])\s*/iu;

/** The subject without reply/forward prefixes and leading [tags], case and spaces folded;
 * null when nothing is left. */
export function normalizeSubject(subject: string | null | undefined): string | null {
  if (typeof subject !== 'string') return null;
  let text = subject.normalize('NFKC');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(PREFIX, '');
  }
  const folded = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return folded === '' ? null : folded;
}
