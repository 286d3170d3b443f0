// What status updates, brag summaries and proposals are made of, read for one period.

import type {
  FavorEntry,
  FlexibilityEntry,
  OpenPromise,
  PeriodRange,
} from '../../domain/credit/types';
import { isWorkKind, type PersonKind } from '../../domain/index';
import type { AccomplishmentRecord } from '../../store/accomplishments/accomplishment-repository';
import type { AppContext } from '../context';

export interface CreditData {
  /** Stored entries: the domain's Accomplishment plus when each was logged. */
  accomplishments: AccomplishmentRecord[];
  flexibility: FlexibilityEntry[];
  openPromises: OpenPromise[];
  favors: FavorEntry[];
}

export async function creditData(
  ctx: AppContext,
  userId: string,
  period: PeriodRange,
): Promise<CreditData> {
  const range = { from: period.start, to: period.end };
  const [accomplishments, flex, allPromises, allFavors] = await Promise.all([
    ctx.repos.accomplishments.list(userId, range),
    ctx.repos.accomplishments.listFlex(userId, range),
    ctx.repos.personItems.list(userId, { type: 'promise', open: true }),
    ctx.repos.personItems.list(userId, { type: 'favor' }),
  ]);
  // What goes to a manager is work only: promises to a partner or favors from family stay home.
  const atWork = (item: { personKind: string }) => isWorkKind(item.personKind as PersonKind);
  const promises = allPromises.filter(atWork);
  const favors = allFavors.filter(atWork);
  return {
    accomplishments,
    flexibility: flex.map((f) => ({
      date: f.date,
      text: f.text,
      forName: f.forPerson?.name ?? null,
    })),
    openPromises: promises.map((p) => ({ text: p.text, personName: p.personName, due: p.date })),
    favors: favors
      .filter((f) => !f.date || (f.date >= period.start && f.date <= period.end))
      .map((f) => ({
        direction: f.direction === 'gave' ? 'gave' : 'got',
        kind: f.kind ?? 'help',
        personName: f.personName,
        text: f.text,
        date: f.date,
      })),
  };
}
