/**
 * Array helpers safe at any size. Spreading an array into a call's arguments (into push, Math.max)
 * puts every element on the call stack and throws "Maximum call stack size exceeded" somewhere past
 * a hundred thousand elements, a size a province's budget lines or findings reach.
 */

/** Appends every item of `items` to `target`, one at a time. */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

/** The largest of `values`, or `floor` when there is none or all are smaller. */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}
