// Career news in words, whatever the user typed. People describe news the way they heard it
// ("promoted to Senior EM at Stripe", "joined Farfetch as PM", "now leading payments"), and the
// agenda adds its own verb ("Promoted to …", "Started a new job at …"): the user's leading verb
// is taken off first and a new job is split into role and company, so the two never stack up
// ("Congratulations on the promotion to promoted to …"). Every place that words career news
// (the agenda's milestone item, the CLI's "Noted …" and "Congratulated …") uses this file.
import type { CareerEventKind } from '../people/person-kind.js';

/** The parts of a piece of career news, as far as the text tells them. */
export interface CareerNews {
  kind: CareerEventKind;
  /** What it is about once the user's verb is gone: "Senior EM at Stripe", "the payments team". */
  subject: string | null;
  /** New jobs only: the role ("Senior PM") and the company ("Farfetch"), when told apart. */
  role: string | null;
  company: string | null;
}

// Who and when, before the verb: "she has just been", "they will", "finally".
const SUBJECT_AND_TENSE =
  /^(?:she|he|they|has|have|had|been|being|is|are|was|were|will|just|finally|recently|officially)\s+/i;

// Leading words that say again what the kind already says, applied in order, each once.
const LEADING: Record<CareerEventKind, RegExp[]> = {
  promotion: [
    /^(?:got|get|gets|getting)\s+/i,
    /^(?:promoted|promotion|promote)\b\s*(?:to|as)?\s*/i,
    /^(?:now|became|becomes|made|to|as)\s+/i,
  ],
  'new-job': [
    /^(?:started|starting|starts|start)\s+(?:a\s+)?(?:new\s+)?(?:job|role|position)?\s*/i,
    /^(?:joined|joining|joins|join|moved|moving|moves|move|went|going|left\s+for|switched|switching)\b\s*(?:to|over\s+to)?\s*/i,
    /^(?:accepted|took|taking|got|landed|signed)\s+(?:an?\s+)?(?:new\s+)?(?:offer|job|role|position)?\s*(?:at|with|from)?\s*/i,
    /^(?:hired|now|new\s+job|a\s+new\s+job)\b\s*(?:by)?\s*/i,
  ],
  'new-role': [
    /^(?:new\s+role|role)\s*:?\s*(?:as|of)?\s*/i,
    /^(?:moved|moving|moves|switched|switching|transferred|changed|changing)\s+(?:roles?\s+)?(?:to|into)\s+/i,
    /^(?:started|starting|starts|stepped\s+up|stepping\s+up|stepped|stepping)\s+(?:as|in|into)\s+/i,
    /^(?:took|taking|takes)\s+(?:on|over)\s+(?:as\s+)?/i,
    /^(?:now|became|becomes|becoming)\s+/i,
    /^as\s+/i,
  ],
  'project-lead': [
    /^(?:now\s+)?(?:leading|leads|lead(?:\s+on|\s+of|\s+for)?|heading\s+up|heads\s+up|head\s+of|running|runs|owning|owns|in\s+charge\s+of|driving|drives)\b\s*:?\s*/i,
    /^(?:took|takes|taking)\s+(?:over|on)\s+(?:the\s+lead\s+(?:on|of|for)\s+)?/i,
    /^(?:project\s+lead|tech\s+lead)\s*(?:on|of|for|:)\s*/i,
  ],
  'work-anniversary': [
    /^(?:celebrating|celebrates|marks|marking|hit|hits|reached|reaches|now)\s+/i,
    /^work\s+anniversary\s*:?\s*/i,
  ],
  other: [],
};

// Words that make a bare new-job text a role rather than a company ("Staff Engineer").
const ROLE_WORD =
  /\b(?:engineer|engineering|developer|designer|manager|director|head|lead|vp|cto|ceo|cfo|coo|cpo|em|pm|sre|analyst|scientist|architect|consultant|intern|officer|specialist|coordinator|founder|co-founder|partner|principal|staff|senior|junior|associate|researcher|writer|editor|recruiter|advisor|adviser|product|marketing|sales|teacher|professor|nurse|doctor)\b/i;

/** The news taken apart: the user's own verb removed, a new job split into role and company. */
export function careerNews(kind: CareerEventKind, text: string | null | undefined): CareerNews {
  const subject = stripLeading(kind, tidy(text ?? ''));
  const news: CareerNews = { kind, subject: subject || null, role: null, company: null };
  if (kind === 'new-job' && subject) Object.assign(news, splitJob(subject));
  return news;
}

/** "Promoted to Senior EM at Stripe", "Started a new job at Farfetch": news that happened. */
export function pastNews(kind: CareerEventKind, text: string | null | undefined): string {
  const news = careerNews(kind, text);
  const subject = news.subject;
  switch (kind) {
    case 'promotion':
      return subject ? `Promoted to ${subject}` : 'Got promoted';
    case 'new-job':
      return `Started a new job${jobPhrase(news)}`;
    case 'new-role':
      if (!subject) return 'Started a new role';
      return isPlace(subject) ? `Moved to ${subject}` : `Started a new role as ${subject}`;
    case 'project-lead':
      return subject ? `Now leading ${subject}` : 'Now leading a project';
    case 'work-anniversary':
      return subject ? `Work anniversary: ${subject}` : 'Celebrating a work anniversary';
    default:
      return subject ? capitalized(subject) : 'Has career news';
  }
}

/** "Promotion to Senior EM", "Starts a new job at Farfetch": news still to come. */
export function upcomingNews(kind: CareerEventKind, text: string | null | undefined): string {
  const news = careerNews(kind, text);
  const subject = news.subject;
  switch (kind) {
    case 'promotion':
      return subject ? `Promotion to ${subject}` : 'Promotion';
    case 'new-job':
      return `Starts a new job${jobPhrase(news)}`;
    case 'new-role':
      if (!subject) return 'New role starts';
      return isPlace(subject) ? `Moves to ${subject}` : `Starts a new role as ${subject}`;
    case 'project-lead':
      return subject ? `Starts leading ${subject}` : 'Starts leading a project';
    case 'work-anniversary':
      return subject ? `Work anniversary: ${subject}` : 'Work anniversary';
    default:
      return subject ? capitalized(subject) : 'Career news';
  }
}

/** What one congratulates on: "the promotion to Senior EM", "5 years at Stripe", "leading X". */
export function congratulatedOn(kind: CareerEventKind, text: string | null | undefined): string {
  const news = careerNews(kind, text);
  const subject = news.subject;
  switch (kind) {
    case 'promotion':
      return subject ? `the promotion to ${subject}` : 'the promotion';
    case 'new-job':
      return `the new job${jobPhrase(news)}`;
    case 'new-role':
      if (!subject) return 'the new role';
      return isPlace(subject) ? `the move to ${subject}` : `the new role as ${subject}`;
    case 'project-lead':
      return subject ? `leading ${subject}` : 'leading the project';
    case 'work-anniversary':
      return subject && /^\d/.test(subject) ? subject : 'the work anniversary';
    default:
      return subject ? `the news (${subject})` : 'the news';
  }
}

/** The ready-made line: "Congratulations on the promotion to Senior EM at Stripe!". */
export function congratulation(kind: CareerEventKind, text: string | null | undefined): string {
  if (kind === 'work-anniversary') {
    const what = congratulatedOn(kind, text);
    return what === 'the work anniversary'
      ? 'Happy work anniversary!'
      : `Congratulations on ${what}!`;
  }
  if (kind === 'other') return 'Congratulations — well deserved!';
  return `Congratulations on ${congratulatedOn(kind, text)}!`;
}

// "the platform team", "Payments squad": a new role described by where rather than what.
function isPlace(subject: string): boolean {
  return (
    /^the\s/i.test(subject) ||
    /\b(?:team|squad|group|department|org|organisation|organization|division|office)$/i.test(
      subject,
    )
  );
}

function jobPhrase(news: CareerNews): string {
  if (news.role && news.company) return ` as ${news.role} at ${news.company}`;
  if (news.company) return ` at ${news.company}`;
  if (news.role) return ` as ${news.role}`;
  return '';
}

// "Senior PM at Farfetch", "Farfetch as Senior PM", "as Senior PM", "at Farfetch", "Farfetch".
function splitJob(subject: string): Pick<CareerNews, 'role' | 'company'> {
  const asRole = /^as\s+(.+?)(?:\s+(?:at|with)\s+(.+))?$/i.exec(subject);
  if (asRole) return { role: asRole[1]!, company: asRole[2] ?? null };
  const atCompany = /^(?:at|with|for)\s+(.+?)(?:\s+as\s+(.+))?$/i.exec(subject);
  if (atCompany) return { company: atCompany[1]!, role: atCompany[2] ?? null };
  const companyAsRole = /^(.+?)\s+as\s+(?:an?\s+)?(.+)$/i.exec(subject);
  if (companyAsRole) return { company: companyAsRole[1]!, role: companyAsRole[2]! };
  const roleAtCompany = /^(?:an?\s+)?(.+?)\s+(?:at|with|for)\s+(.+)$/i.exec(subject);
  if (roleAtCompany) return { role: roleAtCompany[1]!, company: roleAtCompany[2]! };
  return ROLE_WORD.test(subject)
    ? { role: subject.replace(/^an?\s+/i, ''), company: null }
    : { role: null, company: subject };
}

function stripLeading(kind: CareerEventKind, text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(SUBJECT_AND_TENSE, '');
  }
  for (const pattern of LEADING[kind]) rest = rest.replace(pattern, '').trim();
  if (kind === 'promotion' || kind === 'new-role') rest = rest.replace(/^an?\s+(?=\S)/i, '');
  return rest.replace(/^[:\-–—,]\s*/, '').trim();
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '')
    .trim();
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
