/**
 * OAuth scopes as Apps Script enforces them: a project with an explicit `oauthScopes` list may call
 * a method only when one of the scopes Google's reference page lists for it is both declared in the
 * manifest and granted by the user (granular consent lets users untick some). Otherwise the call
 * throws the runtime's own message. See docs/apps-script-fidelity.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const AUTH = 'https://www.googleapis.com/auth/';

export const SCOPE = {
  spreadsheetsCurrentOnly: `${AUTH}spreadsheets.currentonly`,
  spreadsheets: `${AUTH}spreadsheets`,
  containerUi: `${AUTH}script.container.ui`,
  sendMail: `${AUTH}script.send_mail`,
  scriptApp: `${AUTH}script.scriptapp`,
  userEmail: `${AUTH}userinfo.email`,
} as const;

/** The scopes each guarded method accepts (any one of them), from Google's reference pages. */
export const METHOD_SCOPES = {
  sheets: [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets],
  ui: [SCOPE.containerUi],
  mail: [SCOPE.sendMail],
  triggers: [SCOPE.scriptApp],
  session: [SCOPE.userEmail],
} as const;

/** The scopes build/appsscript.json (and the source manifest) declares. */
export function manifestScopes(): string[] {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'appsscript.json'), 'utf8'));
  return [...manifest.oauthScopes];
}

/** Thrown when ScriptApp.requireScopes ends the execution to show Google's consent prompt. */
export class ExecutionEnded extends Error {
  override readonly name = 'ExecutionEnded';
}

export class ScopeGate {
  readonly granted: Set<string>;
  /** The scopes of each consent prompt ScriptApp.requireScopes rendered. */
  readonly prompts: string[][] = [];
  ended = false;

  constructor(
    readonly declared: readonly string[],
    refused: readonly string[] = [],
  ) {
    this.granted = new Set(declared.filter((scope) => !refused.includes(scope)));
  }

  has(scope: string): boolean {
    return this.declared.includes(scope) && this.granted.has(scope);
  }

  /** Google's check before a guarded method runs. */
  require(method: string, anyOf: readonly string[]): void {
    this.assertRunning();
    if (anyOf.some((scope) => this.has(scope))) return;
    const needed = anyOf.length === 1 ? anyOf[0] : `(${anyOf.join(' || ')})`;
    throw new Error(`You do not have permission to call ${method}. Required permissions: ${needed}`);
  }

  assertRunning(): void {
    if (this.ended) throw new ExecutionEnded('The execution ended to show the authorization prompt.');
  }

  /** "Scopes that are invalid or not required by the script lead to an error." */
  assertDeclared(scopes: readonly string[]): void {
    for (const scope of scopes) {
      if (!this.declared.includes(scope))
        throw new Error(`fake ScriptApp: ${scope} is not a scope of this script (not in oauthScopes)`);
    }
  }
}
