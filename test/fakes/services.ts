/** Lock, properties, session, HTML output and ScriptApp enums. */
import { loud } from './loud';

/** One lock per document, shared by every "execution" a test simulates; `contended` makes tryLock fail. */
export class FakeLockState {
  holder: FakeLock | null = null;
  contended = false;
  acquisitions = 0;
}

export class FakeLock
  implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock' | 'hasLock' | 'waitLock'>
{
  constructor(private readonly state: FakeLockState) {}
  tryLock(_timeoutInMillis: number): boolean {
    if (this.state.contended || (this.state.holder && this.state.holder !== this)) return false;
    this.state.holder = this;
    this.state.acquisitions++;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
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
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.store.set(key, String(value));
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
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
