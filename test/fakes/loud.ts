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
  private kill: { pattern: RegExp; remaining: number } | null = null;
  /** Set once the simulated execution has died: every later service call fails too. */
  dead = false;

  /** The `n`-th call matching `pattern` kills the execution (as Apps Script's time limit would). */
  killAt(pattern: RegExp, n: number): void {
    this.kill = { pattern, remaining: n };
  }

  revive(): void {
    this.dead = false;
    this.kill = null;
  }

  record(call: string): void {
    if (this.dead) throw new Error('Exceeded maximum execution time');
    if (this.kill && this.kill.pattern.test(call) && --this.kill.remaining === 0) {
      this.dead = true;
      throw new Error('Exceeded maximum execution time');
    }
    this.calls.push(call);
  }
  count(pattern: RegExp): number {
    return this.calls.filter((call) => pattern.test(call)).length;
  }
  clear(): void {
    this.calls.length = 0;
  }
}
