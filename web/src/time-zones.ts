// Time-zone names for pickers. Browsers list ICU's canonical names, some of which are the
// old spellings (Asia/Calcutta); people look for the current ones (Asia/Kolkata).
const CURRENT_NAMES: Record<string, string> = {
  'America/Godthab': 'America/Nuuk',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

function currentName(zone: string): string {
  return CURRENT_NAMES[zone] ?? zone;
}

/** The zone this browser runs in, by its current name. */
export function browserTimeZone(): string {
  return currentName(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

let options: string[] | undefined;

/** Every zone the browser knows, by current name, sorted, with UTC. */
export function timeZoneOptions(): string[] {
  options ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone').map(currentName)])].sort();
  return options;
}

/** True when the browser can format times in `zone`, which is what Rapport needs of it. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The place a zone is named after: "America/New_York" → "New York"; "UTC" stays. */
export function zoneCity(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
}

/** The zone named after a city, if the browser knows one: "Lisbon" → "Europe/Lisbon". */
export function zoneForCity(city: string): string | undefined {
  const wanted = city.trim().toLocaleLowerCase().replaceAll(' ', '_');
  if (!wanted) return undefined;
  return timeZoneOptions().find((zone) => zone.split('/').at(-1)?.toLocaleLowerCase() === wanted);
}
