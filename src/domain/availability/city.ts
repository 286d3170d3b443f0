// City names as people type them: "New York City", "NYC", "new york, ny", "Köln", "St. Louis".
// The key is the name before any comma, lower-cased, without accents or punctuation, with a
// few well-known other names mapped to one spelling.

const ALIASES: Record<string, string> = {
  nyc: 'new york',
  'new york city': 'new york',
  'ny city': 'new york',
  manhattan: 'new york',
  sf: 'san francisco',
  'san fran': 'san francisco',
  la: 'los angeles',
  dc: 'washington',
  'washington dc': 'washington',
  'washington d c': 'washington',
  'frankfurt am main': 'frankfurt',
  munchen: 'munich',
  koln: 'cologne',
  wien: 'vienna',
  praha: 'prague',
  roma: 'rome',
  milano: 'milan',
  firenze: 'florence',
  napoli: 'naples',
  lisboa: 'lisbon',
  kobenhavn: 'copenhagen',
  'den haag': 'the hague',
  "'s gravenhage": 'the hague',
  bombay: 'mumbai',
  bangalore: 'bengaluru',
  calcutta: 'kolkata',
  madras: 'chennai',
  peking: 'beijing',
  saigon: 'ho chi minh city',
  'ho chi minh': 'ho chi minh city',
  'mexico df': 'mexico city',
  cdmx: 'mexico city',
};

const WORDS: Record<string, string> = { st: 'saint', ste: 'sainte', ft: 'fort', mt: 'mount' };

/** A comparable key for a city name: "  New York City " → "new york", "St. Louis, MO" → "saint louis". */
export function normalizeCity(name: string): string {
  const first = (typeof name === 'string' ? name : '').split(/[,(]/)[0] ?? '';
  const plain = first
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
    .split(' ')
    .map((word) => WORDS[word] ?? word)
    .join(' ');
  return ALIASES[plain] ?? plain;
}

/** Whether two typed city names mean the same city (same normalizeCity key; "…, OR" and "…, ME" are ignored). */
export function sameCity(a: string, b: string): boolean {
  const key = normalizeCity(a);
  return key !== '' && key === normalizeCity(b);
}
