// A workspace's pairing settings as stored, completed with defaults: a leaf module, read by
// rounds, welcomes, prompts and the scheduler without importing the workspace use-cases.
import type { WorkspaceRecord } from '../../store/team/workspace-repository';
import { type PairingSettings, pairingSettings } from './team-input';

export function pairingOf(workspace: WorkspaceRecord, fallbackZone = 'UTC'): PairingSettings {
  const defaults: PairingSettings = {
    enabled: false,
    everyWeeks: 2,
    weekday: 'mon',
    hour: 10,
    timeZone: fallbackZone,
    groupSize: 2,
    noRepeatRounds: 6,
    onboardingWeeks: 4,
  };
  const parsed = pairingSettings.safeParse({ ...defaults, ...stripAnchor(workspace.pairing) });
  return parsed.success ? parsed.data : defaults;
}

const stripAnchor = ({ anchor: _anchor, ...settings }: Record<string, unknown>) => settings;
