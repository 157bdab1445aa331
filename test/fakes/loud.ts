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

/** A method that changes a spreadsheet (as opposed to get…, activate, getDataRange…). */
const WRITE = /\.(set|clear|insert|delete|append|protect|add|remove|merge|sort|hide|show)\w*(\(|$)/;

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

  /**
   * Sheet.getName and Sheet.getSheetId: calls into the service like any other (Apps Script's
   * execution transcript lists each one), kept apart from `calls` so the exact call lists tests
   * assert stay about reads and writes, yet counted, so a name asked per finding or per row shows.
   */
  readonly lookups: string[] = [];

  /**
   * Called after every recorded call: a test can check a condition at each call (the lock is held
   * while writing) or start a second "execution" in the middle of the first one.
   */
  onRecord: ((call: string) => void) | null = null;

  /** Checked before every recorded call (an execution that ended stays ended). */
  guard: (() => void) | null = null;

  record(call: string): void {
    this.guard?.();
    if (this.dead) throw new Error('Exceeded maximum execution time');
    if (this.kill?.pattern.test(call) && --this.kill.remaining === 0) {
      this.dead = true;
      throw new Error('Exceeded maximum execution time');
    }
    this.note(call);
  }
  /** Records a call that cannot fail (the platform's own bookkeeping, such as releasing a lock). */
  note(call: string): void {
    this.calls.push(call);
    this.onRecord?.(call);
  }
  /**
   * The calls that change the tab named `sheet` (values, formats, rules, notes, the tab itself):
   * `Range(<sheet>!…).set…`, `Sheet(<sheet>).clear`, `Spreadsheet.deleteSheet(<sheet>)`…
   */
  writesOn(sheet: string): string[] {
    return this.calls.filter(
      (call) =>
        (call.startsWith(`Range(${sheet}!`) ||
          call.startsWith(`Sheet(${sheet})`) ||
          call.endsWith(`(${sheet})`)) &&
        WRITE.test(call),
    );
  }
  lookup(call: string): void {
    this.lookups.push(call);
  }
  count(pattern: RegExp): number {
    return this.calls.filter((call) => pattern.test(call)).length;
  }
  clear(): void {
    this.calls.length = 0;
    this.lookups.length = 0;
  }
}
