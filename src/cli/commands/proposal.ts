// `rapport proposal`: the remote-work proposal, composed by the server from your answers and the
// evidence in your logs. `proposal set` saves answers, `proposal answer` records the decision.
import type { Command } from 'commander';
import { todayIn } from '../../domain/index';
import type { ApiClient } from '../api-client';
import { withClient } from '../context';
import { collect, plural, requireChoice, userZone } from '../daily-helpers';
import { CliError, UsageError } from '../errors';
import { printJson, printLine, printText } from '../output';
import { ask, canPrompt } from '../prompt';
import { parseDateAhead } from '../when';
import {
  chooseFormat,
  cleanList,
  DOC_FORMATS,
  type Format,
  type Rendered,
  renderIn,
  trialDays,
} from './credit-shared';

interface Deliverable {
  what: string;
  measure: string;
}

/** The answers as PUT /api/proposal takes them. */
export interface ProposalAnswers {
  role?: string;
  manager?: string | null;
  roleFit?: string;
  deliverables?: Deliverable[];
  availability?: string;
  communicationPlan?: string;
  equipment?: string;
  costNote?: string | null;
  trialDays?: number;
  startDate?: string;
  reviewDate?: string | null;
}

interface SavedProposal {
  id: string;
  answers: ProposalAnswers;
  decision: 'pending' | 'accepted' | 'not-now' | 'declined';
  revisitOn: string | null;
  createdAt: string;
  updatedAt: string;
}

interface ProposalDocument extends Rendered {
  title: string;
  reviewDate: string;
}

interface ShowFlags {
  format?: string;
  json?: boolean;
  trial?: string;
}

interface SetFlags {
  role?: string;
  manager?: string;
  fit?: string;
  deliverable?: string[];
  availability?: string;
  communication?: string;
  equipment?: string;
  cost?: string;
  trial?: string;
  start?: string;
  json?: boolean;
}

const DECISIONS = ['accepted', 'not-now', 'declined'] as const;

export function registerProposal(program: Command) {
  const proposal = program
    .command('proposal')
    .description('your remote-work proposal: role fit, deliverables, trial and evidence')
    .option('--format <format>', 'md, html or text (default: md)')
    .option('--trial <duration>', 'trial length: 90d, 12w, 3m (default: your saved answer or 90d)')
    .option('--json', 'print JSON')
    .action(async (_flags: ShowFlags, command: Command) => {
      const flags = command.opts() as ShowFlags;
      const allowed: readonly Format[] = [...DOC_FORMATS, 'json'];
      const format = chooseFormat(flags.format, flags.json, 'md', allowed);
      const days = flags.trial !== undefined ? trialDays(flags.trial) : undefined;
      await withClient(command, async (client) => {
        const { proposal: saved } = await client.request<{ proposal: SavedProposal | null }>(
          'GET',
          '/api/proposal',
        );
        if (!saved && canPrompt()) {
          await interview(client, days);
        }
        const query = days !== undefined ? `?trialDays=${days}` : '';
        let doc: ProposalDocument;
        try {
          doc = await client.request<ProposalDocument>('GET', `/api/proposal/document${query}`);
        } catch (error) {
          if (saved || !(error instanceof CliError)) throw error;
          const message = error.message.replace(/[.\s]*$/, '');
          throw new CliError(
            `${message}. Save your answers first: \`rapport proposal set --role ROLE --fit TEXT --deliverable "what|how measured" …\` (or run \`rapport proposal\` in a terminal).`,
          );
        }
        if (format === 'json') return printJson(doc);
        printText(renderIn(doc, format));
      });
    });

  proposal
    .command('set')
    .description('save your proposal answers (merged with those saved before)')
    .option('--role <role>', 'the role the proposal is for')
    .option('--manager <name>', 'whom the proposal is addressed to (default: your manager)')
    .option('--fit <text>', 'why the role suits remote work')
    .option(
      '--deliverable <what|measure>',
      'a deliverable and how it is measured, "what|how measured" (repeatable; replaces the saved list)',
      collect,
    )
    .option('--availability <text>', 'core hours, response times, office days')
    .option('--communication <text>', 'how you will keep in touch: stand-ups, updates, chat')
    .option('--equipment <text>', 'what you have and need')
    .option('--cost <text>', 'what it costs the company ("nothing: I have what I need")')
    .option('--trial <duration>', 'trial length: 90d, 12w, 3m')
    .option('--start <date>', 'when the trial starts: 2026-06-01, "next monday"')
    .option('--json', 'print JSON')
    .action(async (_flags: SetFlags, command: Command) => {
      // Options the parent knows (--trial, --json) are parsed by it; read both.
      const flags = command.optsWithGlobals() as SetFlags;
      const changes: ProposalAnswers = {};
      const text = (value: string | undefined) => value?.trim();
      if (flags.role !== undefined) changes.role = requireAnswer(flags.role, '--role');
      if (flags.manager !== undefined) changes.manager = text(flags.manager) || null;
      if (flags.fit !== undefined) changes.roleFit = text(flags.fit);
      if (flags.availability !== undefined) changes.availability = text(flags.availability);
      if (flags.communication !== undefined) changes.communicationPlan = text(flags.communication);
      if (flags.equipment !== undefined) changes.equipment = text(flags.equipment);
      if (flags.cost !== undefined) changes.costNote = text(flags.cost) || null;
      if (flags.trial !== undefined) changes.trialDays = trialDays(flags.trial);
      if (flags.deliverable !== undefined) {
        changes.deliverables = cleanList(flags.deliverable).map(parseDeliverable);
      }
      if (Object.keys(changes).length === 0 && flags.start === undefined) {
        throw new UsageError(
          'proposal set needs at least one of --role, --fit, --deliverable, --availability, --communication, --equipment, --cost, --trial, --start',
        );
      }
      await withClient(command, async (client) => {
        if (flags.start !== undefined) {
          changes.startDate = parseDateAhead(
            flags.start,
            new Date().toISOString(),
            await userZone(client),
          );
        }
        const { proposal: saved } = await client.request<{ proposal: SavedProposal | null }>(
          'GET',
          '/api/proposal',
        );
        const answers = { ...(saved?.answers ?? {}), ...changes };
        const stored = await save(client, answers);
        if (flags.json) return printJson(stored);
        printLine(`Saved your proposal answers: ${answersSummary(stored.answers)}.`);
        printLine('See the proposal with `rapport proposal` (--format md, html or text).');
      });
    });

  proposal
    .command('answer')
    .argument('<decision>', 'what they said: accepted, not-now or declined')
    .description('record the answer to your proposal; "not now" reminds you to revisit')
    .option('--revisit <date>', 'when to bring it up again (needed for not-now): "in 3 months"')
    .option('--json', 'print JSON')
    .action(async (decisionText: string, _flags, command: Command) => {
      const flags = command.optsWithGlobals() as { revisit?: string; json?: boolean };
      const decision = requireChoice(decisionText.replace(/[\s_]+/g, '-'), DECISIONS, 'answer');
      if (decision === 'not-now' && flags.revisit === undefined) {
        throw new CliError(
          'When the answer is "not now", say when to revisit it: --revisit DATE (e.g. "in 3 months").',
        );
      }
      if (decision !== 'not-now' && flags.revisit !== undefined) {
        throw new UsageError('--revisit goes only with not-now');
      }
      await withClient(command, async (client) => {
        const zone = await userZone(client);
        const now = new Date().toISOString();
        const body: Record<string, unknown> = { decision };
        if (flags.revisit !== undefined) {
          const revisitOn = parseDateAhead(flags.revisit, now, zone);
          if (revisitOn < todayIn(zone, now)) {
            throw new CliError(`--revisit ${revisitOn} is in the past.`);
          }
          body.revisitOn = revisitOn;
        }
        const { proposal: saved } = await client.request<{ proposal: SavedProposal | null }>(
          'GET',
          '/api/proposal',
        );
        if (!saved) {
          throw new CliError(
            'No proposal saved yet: save your answers with `rapport proposal set` (or run `rapport proposal`) first.',
          );
        }
        const { proposal: stored } = await client.request<{ proposal: SavedProposal }>(
          'POST',
          '/api/proposal/decision',
          body,
        );
        if (flags.json) return printJson(stored);
        if (stored.decision === 'not-now' && stored.revisitOn) {
          printLine(
            `Recorded: not now. Rapport will remind you to revisit it on ${stored.revisitOn}.`,
          );
        } else {
          printLine(`Recorded: ${stored.decision.replace(/-/g, ' ')}.`);
        }
      });
    });
}

async function save(client: ApiClient, answers: ProposalAnswers): Promise<SavedProposal> {
  const { proposal } = await client.request<{ proposal: SavedProposal }>(
    'PUT',
    '/api/proposal',
    answers,
  );
  return proposal;
}

function requireAnswer(value: string, flag: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new CliError(`${flag} is empty.`);
  return trimmed;
}

/** "Ship the API|merged by June" as {what, measure}. */
function parseDeliverable(text: string): Deliverable {
  const at = text.indexOf('|');
  const what = (at < 0 ? text : text.slice(0, at)).trim();
  const measure = (at < 0 ? '' : text.slice(at + 1)).trim();
  if (!what || !measure) {
    throw new CliError(
      `--deliverable "${text}" needs what and how it is measured: "weekly release notes|published every Friday".`,
    );
  }
  return { what, measure };
}

function answersSummary(answers: ProposalAnswers): string {
  const parts = [
    answers.role ? `role ${answers.role}` : 'no role yet',
    plural(answers.deliverables?.length ?? 0, 'deliverable'),
    `${answers.trialDays ?? 90}-day trial`,
  ];
  if (answers.startDate) parts.push(`starting ${answers.startDate}`);
  return parts.join(', ');
}

/** Asks for the answers in a terminal, then saves them. */
async function interview(client: ApiClient, days: number | undefined) {
  printLine('No proposal answers saved yet; a few questions (Enter to skip one):');
  const role = await ask('Your role (e.g. "Senior backend engineer"): ');
  if (!role) throw new CliError('The proposal needs a role; run `rapport proposal` again.');
  const roleFit = await ask('Why does the role suit remote work? ');
  printLine('Deliverables, one per line as "what | how it is measured"; an empty line ends:');
  const deliverables: Deliverable[] = [];
  for (;;) {
    const line = await ask(`  ${deliverables.length + 1}. `);
    if (!line) break;
    try {
      deliverables.push(parseDeliverable(line));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      printLine('  Write it as "what | how it is measured", e.g. "release notes | every Friday".');
    }
  }
  const availability = await ask('Availability (core hours, response times, office days): ');
  const communicationPlan = await ask('Communication plan (stand-ups, updates, chat): ');
  const equipment = await ask('Equipment (what you have, what you need): ');
  const costNote = await ask('Cost to the company (optional): ');
  let trial = days;
  while (trial === undefined) {
    const answer = await ask('Trial length [90d]: ');
    try {
      trial = trialDays(answer || '90d', 'Trial length');
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      printLine(`  ${error.message}`);
    }
  }
  const zone = await userZone(client);
  let startDate: string | undefined;
  for (;;) {
    const answer = await ask('Start date (e.g. 2026-06-01, "next monday"; Enter for today): ');
    if (!answer) break;
    try {
      startDate = parseDateAhead(answer, new Date().toISOString(), zone);
      break;
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      printLine(`  ${error.message}`);
    }
  }
  const answers: ProposalAnswers = {
    role,
    roleFit,
    deliverables,
    availability,
    communicationPlan,
    equipment,
    trialDays: trial,
  };
  if (costNote) answers.costNote = costNote;
  if (startDate) answers.startDate = startDate;
  const stored = await save(client, answers);
  printLine(`Saved: ${answersSummary(stored.answers)}.`);
  printLine('');
}
