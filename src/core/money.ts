/**
 * Exact money arithmetic. Quantities and prices may carry decimals (`1,5` days); their product is
 * computed on scaled integers so that 3 × 0,1 is exactly 0,3 and rounding happens once, at the end.
 */

const SCALE_DIGITS = 4;
const SCALE = 10n ** BigInt(SCALE_DIGITS);

function scaled(value: number): bigint {
  // toFixed keeps the digits a person typed; Math.round(value * 10^k) would inherit binary error.
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(SCALE_DIGITS).split('.');
  const magnitude = BigInt(whole) * SCALE + BigInt(fraction.padEnd(SCALE_DIGITS, '0'));
  return value < 0 ? -magnitude : magnitude;
}

/** Beyond this a value is no amount of money a plan could hold; exact arithmetic gives way to floats. */
const EXACT_LIMIT = 1e15;

/** The exact product of the factors, rounded half away from zero to whole đồng. */
export function productInDong(...factors: number[]): number {
  if (factors.some((factor) => !Number.isFinite(factor) || Math.abs(factor) >= EXACT_LIMIT)) {
    return Math.round(factors.reduce((product, factor) => product * factor, 1));
  }
  let numerator = 1n;
  let denominator = 1n;
  for (const factor of factors) {
    numerator *= scaled(factor);
    denominator *= SCALE;
  }
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return Number(negative ? -rounded : rounded);
}

/** Rounds a money value read from a cell to whole đồng (half away from zero). */
export function toDong(value: number): number {
  return productInDong(value);
}

/** Sum of whole-đồng amounts; exact while the total stays below 2^53 đồng. */
export function sumDong(amounts: Iterable<number>): number {
  let total = 0;
  for (const amount of amounts) total += amount;
  return total;
}
