// What the credit verbs (did, brag, flex, update, proposal) share: the shapes they read from the
// HTTP API, document formats, period flags, and a few small checks.
import type { z } from '@hono/zod-openapi';
import type { Command } from 'commander';
import { DomainInputError, parseDuration } from '../../domain/index';
import type {
  AccomplishmentSchema,
  FlexSchema,
  PeriodSchema,
  StatusUpdateSchema,
} from '../../http/credit/credit-schemas';
import { requireChoice } from '../daily-helpers';
import { CliError, UsageError } from '../errors';
import { parseDay } from '../when';

// The API's shapes, inferred (type-only) from the server's schemas.
export type Accomplishment = z.infer<typeof AccomplishmentSchema>;
export type PersonRef = Accomplishment['helpedBy'][number];
export type FlexEntry = z.infer<typeof FlexSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type StatusUpdate = z.infer<typeof StatusUpdateSchema>;

/** A document the server renders three ways. */
export interface Rendered {
  markdown: string;
  html: string;
  text: string;
}

export const DOC_FORMATS = ['md', 'html', 'text'] as const;
export type DocFormat = (typeof DOC_FORMATS)[number];
export const FORMATS = [...DOC_FORMATS, 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** The chosen --format (with `--json` as an alias of `--format json`), else `fallback`. */
export function chooseFormat(
  format: string | undefined,
  json: boolean | undefined,
  fallback: Format,
  allowed: readonly Format[] = FORMATS,
): Format {
  if (json) {
    if (format !== undefined && format.trim().toLowerCase() !== 'json') {
      throw new UsageError(`--json and --format ${format} do not go together`);
    }
    return 'json';
  }
  if (format === undefined) return fallback;
  const wanted = format.trim().toLowerCase();
  const alias = wanted === 'markdown' ? 'md' : wanted === 'txt' ? 'text' : wanted;
  return requireChoice(alias, allowed, 'format');
}

/** The rendering of `doc` in a document format, ending with one newline. */
export function renderIn(doc: Rendered, format: DocFormat): string {
  const body = format === 'md' ? doc.markdown : format === 'html' ? doc.html : doc.text;
  return body.endsWith('\n') ? body : `${body}\n`;
}

export interface PeriodFlags {
  week?: boolean;
  month?: boolean;
  previous?: boolean;
  from?: string;
  to?: string;
}

/** Adds --week, --month and --previous (the period of a brag or an update). */
export function addPeriodFlags(command: Command): Command {
  return command
    .option('--week', 'this week, Monday to Sunday (the default)')
    .option('--month', 'this calendar month')
    .option('--previous', 'the week or month before this one');
}

/** `week` or `month`, checking that at most one was given. */
export function periodKind(flags: Pick<PeriodFlags, 'week' | 'month'>): 'week' | 'month' {
  if (flags.week && flags.month) throw new UsageError('give --week or --month, not both');
  return flags.month ? 'month' : 'week';
}

/** Checks that the period flags go together; call it before connecting. */
export function checkPeriodFlags(flags: PeriodFlags) {
  periodKind(flags);
  if (flags.from === undefined && flags.to === undefined) return;
  if (flags.from === undefined || flags.to === undefined) {
    throw new UsageError('give both --from and --to, or neither');
  }
  if (flags.week || flags.month || flags.previous) {
    throw new UsageError('--from/--to do not go with --week, --month or --previous');
  }
}

/** The query for GET /api/brag: a week or month (current or previous), or explicit dates. */
export function periodQuery(flags: PeriodFlags, zone: string, now: string): URLSearchParams {
  checkPeriodFlags(flags);
  const query = new URLSearchParams();
  if (flags.from !== undefined && flags.to !== undefined) {
    const from = parseDay(flags.from, now, zone);
    const to = parseDay(flags.to, now, zone);
    if (from > to) throw new CliError(`--from (${from}) is after --to (${to}).`);
    query.set('from', from);
    query.set('to', to);
    return query;
  }
  query.set('period', periodKind(flags));
  query.set('which', flags.previous ? 'previous' : 'current');
  return query;
}

/** Days in a trial such as "90d", "12w", "3m" (30-day months) or a bare number of days. */
export function trialDays(text: string, flag = '--trial'): number {
  let days: number;
  try {
    days = parseDuration(text);
  } catch (error) {
    if (error instanceof DomainInputError) throw new CliError(`${flag}: ${error.message}`);
    throw error;
  }
  if (days > 730) throw new CliError(`${flag}: a trial is at most 730 days (about two years).`);
  return days;
}

/** Trimmed, non-empty, de-duplicated values of a repeatable flag. */
export const cleanList = (values: string[] | undefined) => [
  ...new Set((values ?? []).map((v) => v.trim()).filter(Boolean)),
];
