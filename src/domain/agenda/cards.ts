// Today is short by design: the ranked items become cards, one per person (their due reach-out,
// owed reply, promise, date and milestone are lines of one card), at most `limit` of them, the
// most important first. On a day off, personal cards lead and work waits for the next working
// day; on a workday, work leads. Items without a person (visits, routines, trips, the end of the
// day, a proposal to revisit, an office day) are cards of their own.
import type { PersonKind } from '../people/person-kind.js';
import { isWorkKind } from '../people/person-kind.js';
import { roundScore } from './draft.js';

/** Cards shown when the user has not chosen a number. */
export const DEFAULT_TODAY_LIMIT = 7;
export const MIN_TODAY_LIMIT = 3;
export const MAX_TODAY_LIMIT = 30;
/** First-contact cards shown a day at most: hellos should not crowd out people you know. */
export const MAX_FIRST_CONTACT_CARDS = 2;
/** Work overdue by more than this many days is not held on a day off. */
export const HOLD_UNLESS_LATE_DAYS = 7;
/** On a workday, personal cards this urgent (a birthday today) keep their place among work. */
const URGENT_SCORE = 70;
/** What each line after the first adds to a card's score: two reasons beat one. */
const EXTRA_LINE_POINTS = 2;

export interface TimeWindow {
  start: string;
  end: string;
  text: string;
}

/** A Today item as the cards need it (the domain's items plus what the app layer adds). */
export interface CardItem {
  kind: string;
  /** An empty id means the item is about no one person. */
  person: { id: string; name: string };
  title: string;
  why: string;
  score: number;
  starters: string[];
  refId?: string;
  window?: TimeWindow;
  /** Days past due (due reach-outs, replies, promises); drives "unless overdue by a week". */
  lateDays?: number;
  /** Kept off today's cards until `until` (`YYYY-MM-DD`), saying why (their public holiday). */
  hold?: { until: string; note: string };
}

export interface CardLine {
  kind: string;
  title: string;
  why: string;
  refId?: string;
  window?: TimeWindow;
}

export interface TodayCard {
  /** Stable for the day: the person's id, or the item's kind and id. */
  key: string;
  person: { id: string; name: string } | null;
  /** The lead line's kind. */
  kind: string;
  title: string;
  why: string;
  /** The best line's score plus a little for each further line. */
  score: number;
  /** The most urgent first. */
  lines: CardLine[];
  starters: string[];
  window?: TimeWindow;
  /** `YYYY-MM-DD` the card comes back on, when it is held. */
  heldUntil?: string;
  /** Why it is held: "Held until Monday", "It's Immaculate Conception in Portugal today". */
  note?: string;
}

/** Whether a card is about work, the user's personal life, or neither. */
export type CardSide = 'work' | 'personal' | 'neutral';

export interface CardOptions {
  /** Cards shown (3–30). */
  limit: number;
  /** Person id → kind, to tell work cards from personal ones. */
  kindOf: (personId: string) => PersonKind | undefined;
  /**
   * Set on the user's days off: work cards wait for `until` (the next working day), saying
   * `note` ("Held until Monday"), unless overdue by more than a week.
   */
  dayOff?: { until: string; note: string } | null;
}

export interface ArrangedCards {
  /** The cards shown today, at most `limit`, the most important first. */
  cards: TodayCard[];
  /** The rest, in order: what did not fit, then what is held. */
  later: TodayCard[];
}

// Items that are about no person: what side of life they belong to.
const SIDE_OF_KIND: Record<string, CardSide> = {
  routine: 'personal',
  visit: 'work',
  office: 'work',
  revisit: 'work',
  'end-of-day': 'work',
};

/** Kinds of item about one person, which join that person's card. */
export const PERSON_LINE_KINDS: ReadonlySet<string> = new Set([
  'due',
  'new',
  'date',
  'reply',
  'promise',
  'milestone',
]);

interface Group {
  key: string;
  items: CardItem[];
  hold?: { until: string; note: string };
}

/** Groups ranked items into cards and splits them into what is shown today and what can wait. */
export function arrangeCards(items: readonly CardItem[], options: CardOptions): ArrangedCards {
  const groups = new Map<string, Group>();
  items.forEach((item, index) => {
    const id = PERSON_LINE_KINDS.has(item.kind) ? item.person.id : '';
    const key = item.hold
      ? `${id || `${item.kind}:${item.refId ?? index}`}:held`
      : id || `${item.kind}:${item.refId ?? index}`;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { key, items: [item], hold: item.hold });
  });

  const shown: { card: TodayCard; side: CardSide }[] = [];
  const held: TodayCard[] = [];
  for (const group of groups.values()) {
    const card = cardOf(group);
    const side = sideOf(group.items, options.kindOf);
    if (group.hold) {
      held.push({ ...card, heldUntil: group.hold.until, note: group.hold.note });
    } else if (options.dayOff && side === 'work' && !lateByAWeek(group.items)) {
      held.push({ ...card, heldUntil: options.dayOff.until, note: options.dayOff.note });
    } else {
      shown.push({ card, side });
    }
  }

  // Days off lead with personal life; workdays with work, though a birthday today is not
  // pushed below the fold by a busy week. Within a side, by score.
  const lead: CardSide = options.dayOff ? 'personal' : 'work';
  const rank = ({ card, side }: { card: TodayCard; side: CardSide }) =>
    side === lead || (!options.dayOff && card.score >= URGENT_SCORE)
      ? 0
      : side === 'neutral'
        ? 1
        : 2;
  shown.sort((a, b) => rank(a) - rank(b) || compareCards(a.card, b.card));
  held.sort(compareCards);

  const cards: TodayCard[] = [];
  const later: TodayCard[] = [];
  let hellos = 0;
  for (const { card } of shown) {
    const hello = card.kind === 'new';
    if (cards.length < options.limit && (!hello || hellos < MAX_FIRST_CONTACT_CARDS)) {
      cards.push(card);
      if (hello) hellos += 1;
    } else {
      later.push(card);
    }
  }
  return { cards, later: [...later, ...held] };
}

function cardOf(group: Group): TodayCard {
  const lines = [...group.items].sort((a, b) => b.score - a.score);
  const lead = lines[0]!;
  const person =
    lead.person.id && PERSON_LINE_KINDS.has(lead.kind)
      ? { id: lead.person.id, name: lead.person.name }
      : null;
  const card: TodayCard = {
    key: group.hold ? group.key : person ? person.id : group.key,
    person,
    kind: lead.kind,
    title: lead.title,
    why: lead.why,
    score: roundScore(lead.score + EXTRA_LINE_POINTS * (lines.length - 1)),
    lines: lines.map(lineOf),
    starters: startersOf(lines),
  };
  const window = lines.find((line) => line.window)?.window;
  if (window) card.window = window;
  return card;
}

function lineOf(item: CardItem): CardLine {
  const line: CardLine = { kind: item.kind, title: item.title, why: item.why };
  if (item.refId) line.refId = item.refId;
  if (item.window) line.window = item.window;
  return line;
}

/** The lead line's starters, topped up from the other lines', three at most, no repeats. */
function startersOf(lines: CardItem[]): string[] {
  const starters: string[] = [];
  for (const line of lines) {
    for (const starter of line.starters) {
      if (starters.length < 3 && !starters.includes(starter)) starters.push(starter);
    }
  }
  return starters;
}

/**
 * Personal when any line is (a birthday of a co-worker is personal news), else work when the
 * person is of a work kind or the item is work by nature, else neutral (a trip).
 */
export function sideOf(
  items: readonly CardItem[],
  kindOf: (personId: string) => PersonKind | undefined,
): CardSide {
  let side: CardSide = 'neutral';
  for (const item of items) {
    const kind =
      item.person.id && PERSON_LINE_KINDS.has(item.kind) ? kindOf(item.person.id) : undefined;
    const line: CardSide =
      item.kind === 'date'
        ? 'personal'
        : kind
          ? isWorkKind(kind)
            ? 'work'
            : 'personal'
          : (SIDE_OF_KIND[item.kind] ?? 'neutral');
    if (line === 'personal') return 'personal';
    if (line === 'work') side = 'work';
  }
  return side;
}

function lateByAWeek(items: readonly CardItem[]): boolean {
  return items.some((item) => (item.lateDays ?? 0) > HOLD_UNLESS_LATE_DAYS);
}

function compareCards(a: TodayCard, b: TodayCard): number {
  return b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
