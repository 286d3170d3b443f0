// Decimal weights as exact integers. A weight means the decimal it prints as (JavaScript's
// shortest round-trip form: 0.1 is one tenth, not 0.1000000000000000055…), so every weight is
// digits × 10^e exactly. Scaling all of them by one power of ten gives integers whose maximum
// matching is the decimal one's, with no rounding anywhere.

/** A decimal as an exact integer times a power of ten. */
interface Decimal {
  digits: bigint;
  exponent: number;
}

const NUMBER_FORM = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

function decimalOf(value: number): Decimal {
  const match = NUMBER_FORM.exec(String(value));
  if (!match) throw new RangeError(`not a finite number: ${value}`);
  const [, sign, whole, fraction = '', exp = '0'] = match;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  return { digits, exponent: Number(exp) - fraction.length };
}

/** Weights scaled to integers: weight[k] = scaled[k] / 10^decimals (divided by a common factor). */
export interface ScaledWeights {
  scaled: bigint[];
  /** The integer scaled[k] stands for scaled[k] × unit / 10^decimals. */
  unit: bigint;
  decimals: number;
  max: bigint;
}

/** Exact integers proportional to the given finite weights. */
export function scaleToIntegers(weights: readonly number[]): ScaledWeights {
  const parsed = weights.map(decimalOf);
  let decimals = 0;
  for (const d of parsed) if (-d.exponent > decimals) decimals = -d.exponent;
  const scaled = parsed.map((d) => d.digits * 10n ** BigInt(d.exponent + decimals));
  let unit = 0n;
  for (const s of scaled) {
    unit = gcd(unit, s < 0n ? -s : s);
    if (unit === 1n) break;
  }
  if (unit > 1n) for (let k = 0; k < scaled.length; k++) scaled[k] = scaled[k]! / unit;
  else unit = 1n;
  const max = scaled.reduce((a, b) => (b > a ? b : a), 0n);
  return { scaled, unit, decimals, max };
}

/** An exact sum of scaled weights back as a decimal number (rounded once, at the end). */
export function unscale(total: bigint, { unit, decimals }: ScaledWeights): number {
  const value = total * unit;
  if (decimals === 0) return Number(value);
  const negative = value < 0n;
  const text = (negative ? -value : value).toString().padStart(decimals + 1, '0');
  const cut = text.length - decimals;
  return Number(`${negative ? '-' : ''}${text.slice(0, cut)}.${text.slice(cut)}`);
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
