// What status updates, brag summaries and proposals are made of, read for one period.

import type {
  BlockerEntry,
  FavorEntry,
  FlexibilityEntry,
  OpenPromise,
  PeriodRange,
} from '../../domain/credit/types';
import { isWorkKind, type PersonKind, todayIn } from '../../domain/index';
import type { AccomplishmentRecord } from '../../store/accomplishments/accomplishment-repository';
import type { AppContext } from '../context';
import { notFound } from '../errors';

export interface CreditData {
  /** Stored entries: the domain's Accomplishment plus when each was logged. */
  accomplishments: AccomplishmentRecord[];
  flexibility: FlexibilityEntry[];
  openPromises: OpenPromise[];
  favors: FavorEntry[];
  blockers: BlockerEntry[];
}

export async function creditData(
  ctx: AppContext,
  userId: string,
  period: PeriodRange,
): Promise<CreditData> {
  const range = { from: period.start, to: period.end };
  const [user, accomplishments, flex, allPromises, allFavors, blockers] = await Promise.all([
    ctx.repos.users.findById(userId),
    ctx.repos.accomplishments.list(userId, range),
    ctx.repos.accomplishments.listFlex(userId, range),
    ctx.repos.personItems.list(userId, { type: 'promise', open: true }),
    ctx.repos.personItems.list(userId, { type: 'favor' }),
    ctx.repos.blockers.list(userId, range),
  ]);
  if (!user) throw notFound('User');
  // What goes to a manager is work only: promises to a partner or favors from family stay home.
  const atWork = (item: { personKind: string }) => isWorkKind(item.personKind as PersonKind);
  const promises = allPromises.filter(atWork);
  const favors = allFavors
    .filter(atWork)
    // Favors recorded before a date was required have none: they happened the day they were
    // noted (in the user's zone), not in every period.
    .map((f) => ({ ...f, date: f.date ?? todayIn(user.timeZone, f.createdAt) }))
    .filter((f) => f.date >= period.start && f.date <= period.end);
  return {
    accomplishments,
    flexibility: flex.map((f) => ({
      date: f.date,
      text: f.text,
      forName: f.forPerson?.name ?? null,
    })),
    openPromises: promises.map((p) => ({ text: p.text, personName: p.personName, due: p.date })),
    favors: favors.map((f) => ({
      direction: f.direction === 'gave' ? 'gave' : 'got',
      kind: f.kind ?? 'help',
      personName: f.personName,
      text: f.text,
      date: f.date,
    })),
    blockers: blockers.map((b) => ({
      text: b.text,
      // A personal contact stays out of what goes to a manager, as with favors and promises.
      waitingOn: b.person && isWorkKind(b.person.kind as PersonKind) ? b.person.name : null,
      since: b.since,
      resolvedOn: b.resolvedOn,
    })),
  };
}
