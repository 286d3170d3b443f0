// `rapport office plan`: which days to go in, ranked by whom you would see there;
// `rapport office visit add RULE --see NAME`: a recurring office visit with people to see.
import type { Command } from 'commander';
import { withClient } from '../context';
import { collect, requireText, userZone } from '../daily-helpers';
import { printJson, printLine } from '../output';
import { addRoutine, resolveNamed } from './routine';
import { readCount, readDateAhead, weekdayOf } from './time-shared';

interface PlanJson {
  zone: string;
  days: {
    date: string;
    weekday: string;
    userOfficeDay: boolean;
    score: number;
    people: { id: string; name: string; why: string }[];
  }[];
}

interface VisitFlags {
  see?: string[];
  title?: string;
  start?: string;
  json?: boolean;
}

export function registerOffice(program: Command) {
  const office = program.command('office').description('office days: plan them, visit regularly');

  office
    .command('plan')
    .description('your working days ranked by whom you would see in the office')
    .option('--weeks <n>', 'how many weeks ahead (1–8)', '2')
    .option('--json', 'print JSON')
    .action(async (flags: { weeks: string }, command: Command) => {
      const weeks = readCount(flags.weeks, '--weeks', 1, 8);
      await withClient(command, async (client, options) => {
        const plan = await client.request<PlanJson>('GET', `/api/office/plan?weeks=${weeks}`);
        if (options.json) return printJson(plan);
        if (plan.days.length === 0) {
          return printLine(
            `No working days in the next ${weeks} weeks; set your hours with \`rapport schedule set --hours ...\`.`,
          );
        }
        const withPeople = plan.days.filter((d) => d.people.length > 0);
        if (withPeople.length === 0) {
          printLine(
            'No one you keep is in the office on your working days; set their office days with `rapport schedule set NAME --office tue,thu`.',
          );
        } else {
          printLine(`Best days to go in, next ${weeks} weeks:`);
        }
        for (const day of withPeople.length ? withPeople : plan.days.slice(0, 5)) {
          const yours = day.userOfficeDay ? ' (your office day)' : '';
          printLine(`  ${weekdayOf(day.date)} ${day.date}${yours}`);
          for (const p of day.people) printLine(`      see ${p.name} — ${p.why}`);
        }
      });
    });

  const visit = office.command('visit').description('recurring office visits');
  visit
    .command('add')
    .argument('<rule...>', 'how often: "every second Tuesday", "every friday"')
    .description('plan office visits on a schedule, and whom to see there')
    .option('--see <name>', 'someone to see there (repeatable)', collect)
    .option('--title <title>', 'what to call it (default: Office visit)')
    .option('--start <date>', 'the first day it can happen (default: today)')
    .option('--json', 'print JSON')
    .action(async (words: string[], flags: VisitFlags, command: Command) => {
      const rule = requireText(words.join(' '), 'rule');
      await withClient(command, async (client, options) => {
        const people = await resolveNamed(client, flags.see, '--see');
        const title = flags.title?.trim() || 'Office visit';
        const body: Record<string, unknown> = {
          kind: 'visit',
          title,
          rule,
          personIds: people.map((p) => p.id),
        };
        if (flags.start) body.start = readDateAhead(flags.start, await userZone(client), '--start');
        await addRoutine(client, body, people, options.json, 'to see');
      });
    });
}
