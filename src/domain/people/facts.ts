// What a fact means, read from its own words. Facts stay plain strings everywhere (the API's
// `facts: string[]`, exports, search, the CLI's --fact), so time limits are written inline in a
// syntax people already use, and this pure function reads it:
//
//   "Training for a half-marathon until 2027-04-20"   used until that day, then expired
//   "Training for a half-marathon (until April 2027)"  until the end of April 2027
//   "Learning Portuguese until 20 April 2027"          also "until April 20, 2027"
//   "ask me about: sourdough"                           the team directory's "ask me about"
//
// Why not structured metadata beside the facts (a table or JSON objects)? Every client, the
// import and export, and the directory already speak `string[]`; a fact typed with its end date
// keeps that date wherever the fact goes, and nothing can fall out of step with the text. What
// cannot be typed (when a fact was last asked about) is not stored either: it follows from the
// last logged conversation (see `starters.ts`).
import { MONTH_NAMES } from '../time/calendar-names.js';
import {
  daysInMonth,
  epochDayFromIsoDate,
  epochDayFromYmd,
  isoDateFromEpochDay,
} from '../time/epoch-day.js';

/** A fact as the agenda reads it. */
export interface Fact {
  /** As the user typed it. */
  raw: string;
  /** What to ask about: without the "until …" clause and without "ask me about:". */
  topic: string;
  /** Last day (`YYYY-MM-DD`, inclusive) the fact holds; null: no end. */
  until: string | null;
  /** Typed as "ask me about: …" (their invitation to ask). */
  askMeAbout: boolean;
}

/** How the CLI help and the web editor explain the syntax. */
export const FACT_SYNTAX_HINT =
  'Add “until 2027-04-20” or “(until April 2027)” to a fact that will stop being true.';

const ASK_ME_ABOUT = /^(?:ask\s+me\s+about|ask\s+about|ask\s+them\s+about)\s*[:\-–—]?\s*/i;
const MONTH = `(${MONTH_NAMES.map((name) => `${name}|${name.slice(0, 3)}`).join('|')})\\.?`;
// "until" (or "till", "through") and a date, at the end, optionally in brackets.
const UNTIL = new RegExp(
  String.raw`\s*[,;–—-]?\s*(\()?\s*(?:until|till|til|through|thru)\s+` +
    String.raw`(?:(\d{4})-(\d{1,2})-(\d{1,2})` + // 2027-04-20
    String.raw`|(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})` + // 20 April 2027
    String.raw`|${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + // April 20, 2027
    String.raw`|${MONTH}\s+(\d{4}))` + // April 2027
    String.raw`\s*(\))?\s*\.?$`,
  'i',
);

/** Reads a fact's end date and "ask me about" prefix; a fact without them is just its text. */
export function parseFact(raw: string): Fact {
  const text = raw.replace(/\s+/g, ' ').trim();
  let topic = text;
  let until: string | null = null;
  const match = UNTIL.exec(text);
  if (match && Boolean(match[1]) === Boolean(match[13])) {
    const day = untilDay(match);
    if (day !== null) {
      until = isoDateFromEpochDay(day);
      topic = text.slice(0, match.index).trim();
    }
  }
  const askMeAbout = ASK_ME_ABOUT.test(topic);
  if (askMeAbout) topic = topic.replace(ASK_ME_ABOUT, '').trim();
  return { raw: text, topic: topic || text, until, askMeAbout };
}

/** Whether the fact still holds on `epochDay` (its "until" day included). */
export function isFactCurrent(fact: Fact, epochDay: number): boolean {
  if (fact.until === null) return true;
  const last = epochDayFromIsoDate(fact.until);
  return last === null || epochDay <= last;
}

/** Whether a fact typed as `raw` has expired by `today` (`YYYY-MM-DD`): for lists that mark it. */
export function isFactExpired(raw: string, today: string): boolean {
  const { until } = parseFact(raw);
  return until !== null && until < today;
}

function untilDay(match: RegExpExecArray): number | null {
  const [
    ,
    ,
    isoYear,
    isoMonth,
    isoDay,
    dmDay,
    dmMonth,
    dmYear,
    mdMonth,
    mdDay,
    mdYear,
    myMonth,
    myYear,
  ] = match;
  if (isoYear) return dayOf(Number(isoYear), Number(isoMonth), Number(isoDay));
  if (dmDay) return dayOf(Number(dmYear), monthOf(dmMonth!), Number(dmDay));
  if (mdMonth) return dayOf(Number(mdYear), monthOf(mdMonth), Number(mdDay));
  if (myMonth) {
    const year = Number(myYear);
    const month = monthOf(myMonth);
    return dayOf(year, month, daysInMonth(year, month));
  }
  return null;
}

function monthOf(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((month) => month.slice(0, 3).toLowerCase() === prefix) + 1;
}

function dayOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return epochDayFromYmd(year, month, day);
}
