// Importing people from a vCard or CSV file: read, plan (new, updated, duplicates), and, only
// when asked to apply, write the plan in one transaction. The preview and the import are the
// same call, so what the user confirmed is what happens.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ContactFileError, type ParsedContacts } from '../../domain/contacts/contact-candidate';
import { readContactSteps } from '../../domain/contacts/contact-file';
import { MAPPABLE_FIELDS, type MappableField } from '../../domain/contacts/csv-layouts';
import { PERSON_KINDS } from '../../domain/index';
import {
  estimateLastTalked,
  FAMILIARITIES,
  type Familiarity,
} from '../../domain/people/familiarity';
import { type ImportPlan, type PlanEntry, planImport } from '../../domain/transfer/import-plan';
import type { ContactPerson } from '../../domain/transfer/imported-person';
import type { PersonRecord } from '../../store/people/person-repository';
import type { SearchHit } from '../../store/search/search-repository';
import type { MatchablePerson } from '../../store/transfer/people-bulk-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { invalidInput } from '../errors';
import { userToday } from '../people/people';
import { searchBodyOf } from '../people/person';
import { checkNewPerson, contactPerson } from './contact-person';
import { inTransferTransaction, transferStore } from './transfer-store';

/** Largest file an import takes, in characters (the route's body limit is a little above). */
export const IMPORT_MAX_CHARS = 30 * 1024 * 1024;

const isMappable = (field: string): field is MappableField =>
  (MAPPABLE_FIELDS as readonly string[]).includes(field);

export const importInput = z
  .object({
    format: z.enum(['vcard', 'csv', 'auto']).optional(),
    filename: z.string().trim().max(255).optional(),
    content: z
      .string()
      .max(IMPORT_MAX_CHARS, `A file of at most ${IMPORT_MAX_CHARS / 1024 / 1024} MB`),
    mapping: z
      .record(z.string().max(40), z.string().trim().min(1).max(200))
      .refine((mapping) => Object.keys(mapping).every(isMappable), {
        message: `Map only these fields: ${MAPPABLE_FIELDS.join(', ')}`,
      })
      .optional(),
    kind: z
      .enum(PERSON_KINDS, { message: `Kind is one of: ${PERSON_KINDS.join(', ')}` })
      .optional(),
    tag: z.string().trim().min(1).max(40).optional(),
    /** How well the user knows the people of the file; sets their estimated last conversation. */
    familiarity: z
      .enum(FAMILIARITIES, { message: `Familiarity is one of: ${FAMILIARITIES.join(', ')}` })
      .optional(),
    apply: z.boolean(),
  })
  .strict();

export type ImportInput = z.output<typeof importInput>;

export interface ImportReport {
  format: ParsedContacts['format'];
  source: ParsedContacts['source'];
  /** For a CSV read through a mapping: field → column, to confirm. */
  mapping?: Record<string, string>;
  kind: string;
  tag: string | null;
  /** How well the user said they know these people (default now-and-then). */
  familiarity: Familiarity;
  /** False for a preview: nothing was written. */
  applied: boolean;
  created: number;
  updated: number;
  /** Cards folded into another card of the same file. */
  merged: number;
  /** Already in Rapport with nothing to add. */
  skipped: number;
  errors: { line: number; reason: string }[];
  people: PlanEntry[];
}

export type ImportPhase = 'reading' | 'writing';

/** Called as the import goes; awaited, so a streaming caller can send each step. */
export type ImportProgress = (
  phase: ImportPhase,
  done: number,
  total: number,
) => Promise<void> | void;

// New people are filed as "other" (no cadence, no reminders) unless the import says otherwise:
// a whole address book of co-workers would flood Today with hellos.
const DEFAULT_KIND = 'other';
// Without an answer, "now and then": cadences start part-way, spread over weeks, neither all due
// on day one (never talked) nor all silent for months.
const DEFAULT_FAMILIARITY: Familiarity = 'now-and-then';

export async function importContacts(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof importInput>,
  onProgress: ImportProgress = () => {},
): Promise<ImportReport> {
  const read = await readFile(userId, input, onProgress);
  const { parsed, contacts } = read;
  const familiarity = input.familiarity ?? DEFAULT_FAMILIARITY;
  const today = await userToday(ctx, userId);
  const options = {
    kind: input.kind ?? DEFAULT_KIND,
    tag: input.tag ?? null,
    familiarity,
    lastTalked: (name: string) => estimateLastTalked(familiarity, name, today),
    check: checkNewPerson,
  };
  const plan = (existing: MatchablePerson[]) => {
    if (!read.keep && !read.keptPlan) return planImport(contacts, existing, options);
    const key = planKey(existing, options, today);
    if (read.keptPlan?.key === key) return read.keptPlan.plan;
    const planned = planImport(contacts, existing, options);
    read.keep?.({ key, plan: planned });
    return planned;
  };

  if (!input.apply) {
    const existing = await transferStore(ctx.store.db, ctx.store.dialect).people.matchable(userId);
    return report(parsed, plan(existing), options, false);
  }
  const now = isoNow(ctx.clock);
  const applied = await inTransferTransaction(ctx, async (store) => {
    const planned = plan(await store.people.matchable(userId));
    const total = planned.creates.length + planned.updates.length;
    await onProgress('writing', 0, total);
    await store.people.insert(
      userId,
      planned.creates,
      now,
      (done) => onProgress('writing', done, total),
      (created) => created.map(personHit),
    );
    for (const [i, update] of planned.updates.entries()) {
      await store.people.update(userId, update.personId, update.fields, update.addDates, now);
      if (i % 100 === 99) await onProgress('writing', planned.creates.length + i + 1, total);
    }
    const updated = await store.people.records(
      userId,
      planned.updates.map((u) => u.personId),
    );
    await store.people.replaceSearchRows(userId, updated.map(personHit));
    await onProgress('writing', total, total);
    return planned;
  });
  return report(parsed, applied, options, true);
}

/**
 * What a plan is a function of besides the file: the people it was matched against, as read,
 * and the options (today sets the estimated last conversations). Equal keys, equal plans.
 */
function planKey(
  existing: MatchablePerson[],
  options: { kind: string; tag: string | null; familiarity: Familiarity },
  today: string,
): string {
  return createHash('sha256')
    .update(JSON.stringify([options.kind, options.tag, options.familiarity, today]))
    .update(JSON.stringify(existing))
    .digest('base64');
}

/** A file read, and its contacts made fit to be people: both depend on the input alone. */
interface ReadResult {
  parsed: ParsedContacts;
  contacts: ContactPerson[];
  /** The plan a preview of this read made, to apply as it is when nothing it read changed. */
  keptPlan?: KeptPlan;
  /** Keeps a plan with the read (absent when the read is not kept). */
  keep?: (plan: KeptPlan) => void;
}

interface KeptPlan {
  key: string;
  plan: ImportPlan;
}

// The last file previewed, kept for a few minutes: the web page and the CLI preview a file and
// then apply the very same text, which would otherwise be read twice (10,000 vCards: ~0.6 s of
// CPU of the apply's ~2). The text itself is the key (kept with it; comparing it costs a
// millisecond), so another file, format, name or mapping reads anew; so does another user, who
// is not to learn from a quick answer that someone else sent the same file. What is kept is
// only ever read after, never changed: the plan copies what it merges. One file per process,
// forgotten once applied, and only a file of up to KEEP_READ_MAX_CHARS (what is kept is about
// six times the text: ~60 MB for 10 MB of vCards); a larger one is read twice.
// The preview's plan is kept too: the apply reads the people to match again, in its transaction,
// and when they and the options are as the preview saw them, the plan is the same (planImport is
// a pure function of them) and is not made again (10,000 new people: ~0.15 s of CPU).
const KEEP_READ_MS = 5 * 60_000;
const KEEP_READ_MAX_CHARS = 10 * 1024 * 1024;
let lastRead: {
  userId: string;
  input: ReadInput;
  result: ReadResult;
  plan?: KeptPlan;
  expiry: ReturnType<typeof setTimeout>;
} | null = null;

type ReadInput = Pick<ImportInput, 'content' | 'format' | 'filename' | 'mapping'>;

const sameRead = (a: ReadInput, b: ReadInput) =>
  a.content === b.content &&
  a.format === b.format &&
  a.filename === b.filename &&
  JSON.stringify(a.mapping) === JSON.stringify(b.mapping);

/** Forgets the file kept (once applied; a benchmark measures a cold read with it). */
export function forgetLastRead(): void {
  if (lastRead) clearTimeout(lastRead.expiry);
  lastRead = null;
}

async function readFile(
  userId: string,
  input: ImportInput,
  onProgress: ImportProgress,
): Promise<ReadResult> {
  if (lastRead?.userId === userId && sameRead(lastRead.input, input)) {
    const kept = lastRead;
    const { parsed, contacts } = kept.result;
    // Applied, it has served: a later preview of the same file reads it again.
    if (input.apply) forgetLastRead();
    await onProgress('reading', parsed.contacts.length, parsed.contacts.length);
    if (input.apply) return { parsed, contacts, ...(kept.plan && { keptPlan: kept.plan }) };
    return { parsed, contacts, keptPlan: kept.plan, keep: keeper(kept) };
  }
  const parsed = await readSteps(input, onProgress);
  const result = { parsed, contacts: parsed.contacts.map(contactPerson) };
  if (input.apply || input.content.length > KEEP_READ_MAX_CHARS) return result;
  if (lastRead) clearTimeout(lastRead.expiry);
  const expiry = setTimeout(() => {
    lastRead = null;
  }, KEEP_READ_MS);
  expiry.unref?.();
  lastRead = {
    userId,
    input: {
      content: input.content,
      format: input.format,
      filename: input.filename,
      mapping: input.mapping,
    },
    result,
    expiry,
  };
  return { ...result, keep: keeper(lastRead) };
}

/** Keeps a preview's plan with its read, if that read is still the one kept. */
const keeper =
  (kept: NonNullable<typeof lastRead>) =>
  (plan: KeptPlan): void => {
    if (lastRead === kept) kept.plan = plan;
  };

async function readSteps(input: ImportInput, onProgress: ImportProgress): Promise<ParsedContacts> {
  try {
    const steps = readContactSteps(input.content, {
      format: input.format,
      filename: input.filename,
      mapping: input.mapping as Partial<Record<MappableField, string>> | undefined,
    });
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        await onProgress('reading', next.value.contacts.length, next.value.contacts.length);
        return next.value;
      }
      await onProgress('reading', next.value.done, next.value.total);
    }
  } catch (error) {
    if (error instanceof ContactFileError) throw invalidInput(error.message);
    throw error;
  }
}

function personHit(record: PersonRecord): SearchHit {
  return { refType: 'person', refId: record.id, personId: record.id, body: searchBodyOf(record) };
}

function report(
  parsed: ParsedContacts,
  plan: ImportPlan,
  options: { kind: string; tag: string | null; familiarity: Familiarity },
  applied: boolean,
): ImportReport {
  const count = (action: PlanEntry['action']) =>
    plan.entries.filter((e) => e.action === action).length;
  return {
    format: parsed.format,
    source: parsed.source,
    ...(parsed.mapping && { mapping: parsed.mapping }),
    kind: options.kind,
    tag: options.tag,
    familiarity: options.familiarity,
    applied,
    created: plan.creates.length,
    updated: plan.updates.length,
    merged: count('duplicate'),
    skipped: count('unchanged'),
    errors: [...parsed.errors, ...plan.rejected].sort((a, b) => a.line - b.line),
    people: plan.entries,
  };
}
