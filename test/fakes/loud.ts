/**
 * Loud fakes: touching a member the fake does not implement throws at once, instead of returning
 * undefined and failing somewhere far away.
 */
export function loud<T extends object>(target: T, label: string): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (
        typeof property === 'symbol' ||
        property in object ||
        property === 'then' ||
        property === 'toJSON'
      ) {
        return Reflect.get(object, property, receiver);
      }
      throw new Error(`fake ${label}: not implemented: ${String(property)}`);
    },
  });
}

/** Every service call, in order, so tests can assert batching ("one getValues per tab"). */
export class CallLog {
  readonly calls: string[] = [];
  record(call: string): void {
    this.calls.push(call);
  }
  count(pattern: RegExp): number {
    return this.calls.filter((call) => pattern.test(call)).length;
  }
  clear(): void {
    this.calls.length = 0;
  }
}
