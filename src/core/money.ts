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

/**
 * No amount a plan could hold reaches this: the bound a number typed in a cell already has, and well
 * below 2^53, so every amount under it, and any sum of a few of them, is an exact whole number.
 */
export const MAX_AMOUNT = 1e15;

export type BoundedProduct = { readonly dong: number } | { readonly tooLarge: string };

/**
 * The exact product in whole đồng when it is below MAX_AMOUNT; otherwise its exact digits (for the
 * message that refuses it). Quantity × price near 10^24 must be refused, never rounded by a float
 * into a plausible-looking figure and its wrong amount in words.
 */
export function boundedProductInDong(...factors: number[]): BoundedProduct {
  // A factor past EXACT_LIMIT is not from a cell (those stop below it): a float is all there is.
  const product = factors.every((factor) => Math.abs(factor) < EXACT_LIMIT)
    ? exactRounded(factors)
    : Math.round(factors.reduce((result, factor) => result * factor, 1));
  if (typeof product === 'number' && !Number.isFinite(product)) return { tooLarge: '∞' };
  const magnitude = BigInt(product < 0 ? -product : product);
  return magnitude < BigInt(MAX_AMOUNT) ? { dong: Number(product) } : { tooLarge: magnitude.toString() };
}

function exactRounded(factors: readonly number[]): bigint {
  let numerator = 1n;
  let denominator = 1n;
  for (const factor of factors) {
    numerator *= scaled(factor);
    denominator *= SCALE;
  }
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -rounded : rounded;
}

/** The exact product of the factors, rounded half away from zero to whole đồng. */
export function productInDong(...factors: number[]): number {
  if (factors.every((factor) => Math.abs(factor) < EXACT_LIMIT)) return Number(exactRounded(factors));
  return Math.round(factors.reduce((product, factor) => product * factor, 1));
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
