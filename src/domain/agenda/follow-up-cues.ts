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

// Words saying that the thing already happened and the user heard how it went: "she finished
// in 1:58", "the interview went well", "done". A note like that answers its own question, so
// it gives no "Ask how … went" (the agenda sees only the last note, and this is the note that
// would otherwise ask again about what was just answered).
const ANSWERED = new RegExp(
  [
    String.raw`\bwent\s+(?:really\s+|very\s+|so\s+|pretty\s+|super\s+)?(?:well|great|fine|ok(?:ay)?|alright|badly|smoothly|brilliantly|perfectly|better|worse|amazing(?:ly)?)\b`,
    String.raw`\b(?:finished|completed|passed|nailed|aced|smashed|crushed|survived|recovered|wrapped\s+up)\b`,
    String.raw`\b(?:was|were)\s+(?:really\s+|very\s+|so\s+)?(?:great|amazing|good|fun|lovely|fantastic|brilliant|wonderful|excellent|fine|ok(?:ay)?|rough|tough|a\s+(?:success|hit|blast|disaster))\b`,
    String.raw`\b(?:got|landed|accepted|took)\s+(?:the\s+)?(?:job|offer|role|position)\b`,
    String.raw`\b(?:it'?s|it\s+is|all|got\s+it|is|are)\s+(?:all\s+)?done\b`,
    String.raw`^\s*(?:all\s+)?done\b`,
    String.raw`\b(?:back\s+from|(?:is|are|got|came)\s+back)\b`,
    String.raw`\b(?:feeling|feels|doing)\s+(?:much\s+|a\s+lot\s+)?better\b`,
    String.raw`\b(?:settled\s+in|moved\s+in)\b`,
    String.raw`\bin\s+\d{1,2}:\d{2}\b`,
  ].join('|'),
  'i',
);

const FRAGMENT_MAX = 60;

interface Found {
  index: number;
  length: number;
  ask: string;
}

/** A follow-up question from the last note ("Ask how the trip went (“Lisbon next week”)"), or null. */
export function followUpCue(note: string | null | undefined): string | null {
  if (!note) return null;
  const found: Found[] = [];
  for (const cue of CUES) {
    for (const match of note.matchAll(new RegExp(cue.pattern.source, 'gi'))) {
      found.push({
        index: match.index,
        length: match[0].length,
        ask: cue.ask(match[1] ?? match[0]),
      });
    }
  }
  // The match nearest the start wins, unless the note already says how that one went.
  found.sort((a, b) => a.index - b.index);
  const best = found.find((cue) => !isAnswered(note, cue.index, cue.length));
  if (best) return `${best.ask} (“${fragmentAround(note, best.index, best.length)}”)`;
  for (const match of note.matchAll(new RegExp(TIMING.source, 'gi'))) {
    if (isAnswered(note, match.index, match[0].length)) continue;
    return `Follow up on “${fragmentAround(note, match.index, match[0].length)}”`;
  }
  return null;
}

// Answered in the cue's own sentence, or in the next one when that one is only about how it
// went ("Half-marathon on Sunday. She finished in 1:58!").
function isAnswered(note: string, index: number, length: number): boolean {
  const { start, end } = sentenceAround(note, index, length);
  if (ANSWERED.test(note.slice(start, end))) return true;
  const next = note.slice(end + 1);
  const nextEnd = next.search(/[.!?;\n]/);
  const following = nextEnd < 0 ? next : next.slice(0, nextEnd);
  return ANSWERED.test(following) && !CUES.some((cue) => cue.pattern.test(following));
}

function sentenceAround(note: string, index: number, length: number) {
  const start =
    Math.max(
      note.lastIndexOf('.', index - 1),
      note.lastIndexOf('!', index - 1),
      note.lastIndexOf('?', index - 1),
      note.lastIndexOf(';', index - 1),
      note.lastIndexOf('\n', index - 1),
    ) + 1;
  const endOffset = note.slice(index + length).search(/[.!?;\n]/);
  return { start, end: endOffset < 0 ? note.length : index + length + endOffset };
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
