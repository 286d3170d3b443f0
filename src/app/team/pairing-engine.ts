// Turns workspace members into the pairing engine's input, and its groups back into words people
// read. Only what a member shares reaches a reason line: an unshared team or interest is never
// passed in, and ids in reasons become names.
import { buildPairingRound } from '../../domain/pairing/index';
import type {
  PairingHistoryRound,
  PairingMember,
  PairingRound,
  WorkingHours,
} from '../../domain/pairing/types';
import type { MemberRecord } from '../../store/team/member-repository';
import type { RoundRecord } from '../../store/team/pairing-repository';
import type { ProfileValues } from './directory';
import type { PairingSettings } from './team-input';

// A team nobody shared: unique per member so it neither groups nor splits anyone, and dropped
// from reason lines.
const UNSHARED_TEAM = 'team-not-shared:';

export interface EngineRun {
  round: PairingRound;
  /** The reason of each group in words: names instead of ids, unshared facts removed. */
  reasons: string[];
}

export function runEngine(input: {
  members: MemberRecord[];
  exclusions: Map<string, string[]>;
  history: RoundRecord[];
  settings: PairingSettings;
  now: Date;
  seed: string;
}): EngineRun {
  const members: PairingMember[] = input.members.map((m) => {
    const profile = m.profile as ProfileValues;
    const shares = (field: string) => m.shared.includes(field);
    return {
      id: m.memberId,
      team: shares('team') && profile.team ? profile.team : `${UNSHARED_TEAM}${m.memberId}`,
      // Zone and hours are used to find a slot even when not shared: each member only ever sees
      // the slot on their own clock.
      timeZone: m.timeZone,
      workingHours: m.workingHours as WorkingHours,
      interests: shares('interests') ? (profile.interests ?? []) : [],
      joinedAt: (shares('workStart') && profile.workStart) || m.joinedAt,
      allowAsync: m.allowAsync,
      excluded: input.exclusions.get(m.memberId) ?? [],
    };
  });
  // The engine wants history oldest first, numbered.
  const history: PairingHistoryRound[] = [...input.history].reverse().map((r, i) => ({
    round: i + 1,
    groups: r.groups.map((g) => g.members),
    feedback: r.feedback,
  }));
  const round = buildPairingRound({
    members,
    history,
    rules: {
      groupSize: input.settings.groupSize,
      noRepeatRounds: input.settings.noRepeatRounds,
      onboardingWeeks: input.settings.onboardingWeeks,
      now: input.now.toISOString(),
      seed: input.seed,
    },
  });
  const names = new Map(input.members.map((m) => [m.memberId, m.name]));
  return { round, reasons: round.groups.map((g) => readableReason(g.reason, names)) };
}

function readableReason(reason: string, names: Map<string, string>): string {
  let text = reason;
  for (const [id, name] of names) text = text.split(id).join(name);
  return text
    .split(' · ')
    .filter((part) => !part.includes(UNSHARED_TEAM))
    .join(' · ');
}
