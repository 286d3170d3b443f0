// Trips (the user's and their people's) and routines: recurring office visits, household
// routines, agreements and date nights.
import type { Kysely } from 'kysely';
import type { Assignee, RoutineKind } from '../../domain/availability/types';
import { newId } from '../ids';
import { fromJsonArray, toJson } from '../json-columns';
import type { Database, RoutineRow, TripRow } from '../schema';

export interface TripRecord {
  id: string;
  personId: string | null;
  city: string;
  zone: string;
  from: string;
  to: string;
  createdAt: string;
}

export interface RoutineRecord {
  id: string;
  kind: RoutineKind;
  title: string;
  rule: unknown;
  personIds: string[];
  assignee: Assignee | null;
  createdAt: string;
}

/** One occurrence of a routine marked done or skipped. */
export interface RoutineMark {
  routineId: string;
  date: string;
  status: 'done' | 'skipped';
}

export class ScheduleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async addTrip(ownerId: string, trip: Omit<TripRecord, 'id' | 'createdAt'>, now: string) {
    const id = newId();
    await this.db
      .insertInto('trips')
      .values({
        id,
        owner_id: ownerId,
        person_id: trip.personId,
        city: trip.city,
        zone: trip.zone,
        from_date: trip.from,
        to_date: trip.to,
        created_at: now,
      })
      .execute();
    return id;
  }

  /** Trips that have not ended before `from` (all when absent), soonest first. */
  async listTrips(
    ownerId: string,
    options: { from?: string; personId?: string } = {},
  ): Promise<TripRecord[]> {
    let query = this.db.selectFrom('trips').selectAll().where('owner_id', '=', ownerId);
    if (options.from) query = query.where('to_date', '>=', options.from);
    if (options.personId) query = query.where('person_id', '=', options.personId);
    return (await query.orderBy('from_date').execute()).map(toTrip);
  }

  async findTrip(ownerId: string, id: string): Promise<TripRecord | undefined> {
    const row = await this.db
      .selectFrom('trips')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toTrip(row);
  }

  async deleteTrip(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('trips')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async addRoutine(ownerId: string, routine: Omit<RoutineRecord, 'id' | 'createdAt'>, now: string) {
    const id = newId();
    await this.db
      .insertInto('routines')
      .values({
        id,
        owner_id: ownerId,
        kind: routine.kind,
        title: routine.title,
        rule: JSON.stringify(routine.rule),
        person_ids: toJson(routine.personIds),
        assignee: routine.assignee,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  async listRoutines(ownerId: string, kinds?: string[]): Promise<RoutineRecord[]> {
    let query = this.db.selectFrom('routines').selectAll().where('owner_id', '=', ownerId);
    if (kinds?.length) query = query.where('kind', 'in', kinds);
    return (await query.orderBy('created_at').execute()).map(toRoutine);
  }

  async findRoutine(ownerId: string, id: string): Promise<RoutineRecord | undefined> {
    const row = await this.db
      .selectFrom('routines')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRoutine(row);
  }

  /** Marks one occurrence done or skipped (a second mark replaces the first). */
  async markRoutine(ownerId: string, mark: RoutineMark, now: string): Promise<void> {
    await this.db
      .insertInto('routine_marks')
      .values({
        id: newId(),
        owner_id: ownerId,
        routine_id: mark.routineId,
        occurrence_date: mark.date,
        status: mark.status,
        created_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['routine_id', 'occurrence_date']).doUpdateSet({ status: mark.status }),
      )
      .execute();
  }

  /** Takes a mark back; false when there was none. */
  async unmarkRoutine(ownerId: string, routineId: string, date: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('routine_marks')
      .where('owner_id', '=', ownerId)
      .where('routine_id', '=', routineId)
      .where('occurrence_date', '=', date)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The marks on occurrences from `from` to `to` (inclusive dates). */
  async listRoutineMarks(ownerId: string, from: string, to: string): Promise<RoutineMark[]> {
    const rows = await this.db
      .selectFrom('routine_marks')
      .select(['routine_id', 'occurrence_date', 'status'])
      .where('owner_id', '=', ownerId)
      .where('occurrence_date', '>=', from)
      .where('occurrence_date', '<=', to)
      .execute();
    return rows.map((r) => ({
      routineId: r.routine_id,
      date: r.occurrence_date,
      status: r.status === 'skipped' ? 'skipped' : 'done',
    }));
  }

  async deleteRoutine(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('routines')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

function toTrip(row: TripRow): TripRecord {
  return {
    id: row.id,
    personId: row.person_id,
    city: row.city,
    zone: row.zone,
    from: row.from_date,
    to: row.to_date,
    createdAt: row.created_at,
  };
}

function toRoutine(row: RoutineRow): RoutineRecord {
  return {
    id: row.id,
    // Only the domain's words are written: routineInput on add, the export's check on restore.
    kind: row.kind as RoutineKind,
    title: row.title,
    rule: JSON.parse(row.rule),
    personIds: fromJsonArray(row.person_ids),
    assignee: row.assignee as Assignee | null,
    createdAt: row.created_at,
  };
}
