/** Lock, properties, session, HTML output and ScriptApp enums. */
import { type CallLog, loud } from './loud';

/** One lock per document, shared by every "execution" a test simulates; `contended` makes tryLock fail. */
export class FakeLockState {
  holder: FakeLock | null = null;
  contended = false;
  acquisitions = 0;
  /** Where lock calls are noted ('Lock.tryLock:true', 'Lock.releaseLock'), when set. */
  log: CallLog | null = null;
}

export class FakeLock
  implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock' | 'hasLock' | 'waitLock'>
{
  constructor(private readonly state: FakeLockState) {}
  tryLock(_timeoutInMillis: number): boolean {
    const free = !this.state.contended && (this.state.holder === null || this.state.holder === this);
    this.state.log?.note(`Lock.tryLock:${free}`);
    if (!free) return false;
    this.state.holder = this;
    this.state.acquisitions++;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    this.state.log?.note('Lock.releaseLock');
    if (this.state.holder === this) this.state.holder = null;
  }
  hasLock(): boolean {
    return this.state.holder === this;
  }
}

export class FakeProperties
  implements
    Pick<
      GoogleAppsScript.Properties.Properties,
      'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties' | 'setProperties'
    >
{
  readonly store = new Map<string, string>();
  /** Where calls are noted ('Properties.getProperty'), when set. */
  log: CallLog | null = null;
  getProperty(key: string): string | null {
    this.log?.record('Properties.getProperty');
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.log?.record('Properties.setProperty');
    this.store.set(key, String(value));
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.log?.record('Properties.deleteProperty');
    this.store.delete(key);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
  setProperties(
    properties: { [key: string]: string },
    deleteAllOthers?: boolean,
  ): GoogleAppsScript.Properties.Properties {
    if (deleteAllOthers) this.store.clear();
    for (const [key, value] of Object.entries(properties)) this.store.set(key, String(value));
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
}

export class FakeHtmlOutput
  implements
    Pick<GoogleAppsScript.HTML.HtmlOutput, 'getContent' | 'setTitle' | 'getTitle' | 'setWidth' | 'setHeight'>
{
  private title = '';
  width = 0;
  height = 0;
  constructor(private readonly content: string) {}
  getContent(): string {
    return this.content;
  }
  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this.title = title;
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this.width = width;
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this.height = height;
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
}

export function fakeHtmlService(files: Record<string, string>) {
  return loud(
    {
      createHtmlOutput: (html?: string) => loud(new FakeHtmlOutput(html ?? ''), 'HtmlOutput'),
      createHtmlOutputFromFile: (name: string) => {
        const content = files[name];
        if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
        return loud(new FakeHtmlOutput(content), 'HtmlOutput');
      },
    },
    'HtmlService',
  );
}

export const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;

const JAVA_FIELDS: Record<string, Intl.DateTimeFormatPartTypes> = {
  y: 'year',
  M: 'month',
  d: 'day',
  H: 'hour',
  m: 'minute',
  s: 'second',
};

/**
 * Utilities.formatDate for the Java SimpleDateFormat letters y, M, d, H, m, s (numeric) and quoted
 * literals, in an IANA zone. Any other pattern letter throws, so a test never passes on a guess.
 */
export function formatDateJava(date: Date, timeZone: string, pattern: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw new Error(`Illegal pattern: unterminated quote in ${pattern}`);
      out += end === i + 1 ? "'" : pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let run = 1;
    while (pattern[i + run] === ch) run++;
    const field = JAVA_FIELDS[ch];
    if (!field) throw new Error(`fake Utilities.formatDate: not implemented: pattern letter ${ch}`);
    let number = value(field);
    if (field === 'hour') number %= 24; // some engines print midnight as 24
    if (ch === 'y' && run === 2) number %= 100;
    out += String(number).padStart(run, '0');
    i += run;
  }
  return out;
}
