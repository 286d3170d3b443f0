// What getting credit adds to Today: a manager check-in opens with what was done since the last
// one, and a proposal answered "not now" comes back on the date chosen to revisit it.
import { accomplishmentHint } from '../../domain/credit/hint';
import type { Agenda, AgendaItem } from '../../domain/index';
import type { ProposalRecord } from '../../store/proposals/proposal-repository';
import type { AppContext } from '../context';
import { type AgendaSource, personIn } from './agenda-source';

const LOOKBACK_DAYS = 60;

export async function withCreditItems(
  ctx: AppContext,
  userId: string,
  agenda: Agenda,
  horizonDays: number,
  /** The agenda's input: its people are looked up by id, not scanned (5,000 of them). */
  source: Pick<AgendaSource, 'people' | 'placeOf'>,
  /** The user's proposal, already asked for (today.ts reads it beside the ranking). */
  proposal: Promise<ProposalRecord | undefined> = ctx.repos.proposals.find(userId),
): Promise<Agenda> {
  const managerOf = (item: AgendaItem) => {
    const person = personIn(source, item.person.id);
    return person?.kind === 'manager' ? person : undefined;
  };
  const isCheckIn = (item: AgendaItem) => item.kind === 'due' && managerOf(item) !== undefined;
  if (agenda.items.some(isCheckIn)) {
    const from = new Date(ctx.clock.now().getTime() - LOOKBACK_DAYS * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const done = await ctx.repos.accomplishments.list(userId, { from });
    // A new item where a hint is added: the agenda given may be kept and shared (agenda-source).
    const items = agenda.items.map((item) => {
      if (!isCheckIn(item)) return item;
      const since = managerOf(item)?.lastInteraction?.at.slice(0, 10) ?? '';
      const hint = accomplishmentHint(
        done.filter((entry) => entry.date >= since),
        2,
        item.person.id,
      );
      return hint ? { ...item, starters: [hint, ...item.starters].slice(0, 3) } : item;
    });
    agenda = { ...agenda, items };
  }

  const revisit = proposalRevisit(await proposal, agenda.date, horizonDays, () =>
    source.people.find((p) => p.kind === 'manager'),
  );
  if (!revisit) return agenda;
  const items = [...agenda.items, revisit].sort((a, b) => b.score - a.score);
  return { ...agenda, items, total: agenda.total + 1 };
}

function proposalRevisit(
  proposal: ProposalRecord | undefined,
  today: string,
  horizonDays: number,
  /** The user's first manager (people by id), asked only when the proposal comes back. */
  firstManager: () => { id: string; name: string } | undefined,
): AgendaItem | null {
  if (proposal?.decision !== 'not-now' || !proposal.revisitOn) return null;
  const days = Math.round((Date.parse(proposal.revisitOn) - Date.parse(today)) / 86_400_000);
  if (days >= horizonDays) return null;
  const when =
    days < 0
      ? `${-days} day${days === -1 ? '' : 's'} ago`
      : days === 0
        ? 'today'
        : `in ${days} day${days === 1 ? '' : 's'}`;
  const manager = firstManager();
  return {
    kind: 'revisit' as AgendaItem['kind'],
    person: manager ? { id: manager.id, name: manager.name } : { id: '', name: 'Your manager' },
    title: 'Revisit your remote-work proposal',
    why: `The answer was “not now”; you planned to bring it up again ${when}`,
    score: days <= 0 ? 62 : 40 - days,
    starters: ['Bring your latest accomplishments and the trial plan'],
  };
}
