import { shorten } from '../language/phrasing.js';

interface Cue {
  pattern: RegExp;
  ask: (word: string) => string;
}

// Things people mention that deserve a "how did it go?" next time. The match nearest the
// start of the note wins: people lead with what matters to them.
const CUES: Cue[] = [
  {
    pattern: /\b(half[- ]?marathon|marathon|triathlon|10k|tournament)\b/i,
    ask: (word) => `Ask how the ${word.toLowerCase()} went`,
  },
  { pattern: /\binterview(?:s|ing|ed)?\b/i, ask: () => 'Ask how the interview went' },
  { pattern: /\b(?:trip|travell?ing|travels?|flight)\b/i, ask: () => 'Ask how the trip went' },
  {
    pattern: /\b(?:holidays?|vacation|time off|getaway)\b/i,
    ask: () => 'Ask how the holiday was',
  },
  {
    pattern:
      /\b(?:moving(?! forward| on)|moved house|relocat\w*|new (?:house|flat|apartment|place))\b/i,
    ask: () => 'Ask how the move went',
  },
  { pattern: /\b(?:launch\w*|go-live|release)\b/i, ask: () => 'Ask how the launch went' },
  {
    pattern: /\b(?:sick|ill|flu|covid|surgery|hospital\w*|injur\w*|unwell)\b/i,
    ask: () => 'Ask if they are feeling better',
  },
  { pattern: /\bpregnan\w*/i, ask: () => 'Ask how the pregnancy is going' },
  {
    pattern: /\b(?:baby|babies|newborn|parental leave|maternity|paternity)\b/i,
    ask: () => 'Ask how the baby is doing',
  },
  { pattern: /\b(?:wedding|honeymoon)\b/i, ask: () => 'Ask how the wedding went' },
  { pattern: /\bengage(?:d|ment)\b/i, ask: () => 'Ask how the wedding plans are going' },
  {
    pattern: /\b(?:exams?|finals|thesis|certification|dissertation)\b/i,
    ask: () => 'Ask how the exam went',
  },
  {
    pattern: /\b(conference|summit|meetup|offsite|hackathon|workshop)\b/i,
    ask: (word) => `Ask how the ${word.toLowerCase()} went`,
  },
  {
    pattern: /\b(presentation|demo|pitch|keynote)\b/i,
    ask: (word) => `Ask how the ${word.toLowerCase()} went`,
  },
  { pattern: /\bdeadline\b/i, ask: () => 'Ask if they made the deadline' },
  {
    pattern: /\b(?:new job|new role|first day|onboarding|starts? at)\b/i,
    ask: () => 'Ask how the new job is going',
  },
  {
    pattern: /\b(?:renovat\w*|house[- ]?hunting)\b/i,
    ask: () => 'Ask how the house plans are going',
  },
];

// Plans with a date but no keyword above still deserve a follow-up.
const TIMING =
  /\b(?:next (?:week|month|weekend|monday|tuesday|wednesday|thursday|friday)|tomorrow|this weekend|soon|upcoming|planning to|plans to)\b/i;

const FRAGMENT_MAX = 60;

/** A follow-up question from the last note ("Ask how the trip went (“Lisbon next week”)"), or null. */
export function followUpCue(note: string | null | undefined): string | null {
  if (!note) return null;
  let best: { index: number; length: number; ask: string } | null = null;
  for (const cue of CUES) {
    const match = cue.pattern.exec(note);
    if (match && (best === null || match.index < best.index)) {
      best = { index: match.index, length: match[0].length, ask: cue.ask(match[1] ?? match[0]) };
    }
  }
  if (!best) {
    const match = TIMING.exec(note);
    return match ? `Follow up on “${fragmentAround(note, match.index, match[0].length)}”` : null;
  }
  return `${best.ask} (“${fragmentAround(note, best.index, best.length)}”)`;
}

// The sentence holding the cue, or a few words either side of it when the sentence is long.
function fragmentAround(note: string, index: number, length: number): string {
  const sentenceStart = Math.max(
    note.lastIndexOf('.', index - 1),
    note.lastIndexOf('!', index - 1),
    note.lastIndexOf('?', index - 1),
    note.lastIndexOf(';', index - 1),
    note.lastIndexOf('\n', index - 1),
  );
  const rest = note.slice(index + length);
  const endOffset = rest.search(/[.!?;\n]/);
  const sentenceEnd = endOffset < 0 ? note.length : index + length + endOffset;
  const sentence = note
    .slice(sentenceStart + 1, sentenceEnd)
    .replace(/\s+/g, ' ')
    .trim();
  if (sentence.length <= FRAGMENT_MAX) return sentence;

  const before = note
    .slice(sentenceStart + 1, index)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const after = note
    .slice(index + length, sentenceEnd)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const head = before.slice(-4);
  const tail = after.slice(0, 5);
  const text = [...head, note.slice(index, index + length), ...tail].join(' ');
  const lead = head.length < before.length ? '…' : '';
  const trail = tail.length < after.length ? '…' : '';
  return shorten(`${lead}${text}${trail}`, FRAGMENT_MAX + 2);
}
