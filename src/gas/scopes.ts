/**
 * OAuth scopes at run time. The manifest lists them, but with granular consent a user may untick
 * some, and a command then fails at its first call of that service. So each command that needs mail,
 * triggers or the user's address checks first (ScriptApp.getAuthorizationInfo needs no scope),
 * explains in Vietnamese what is missing and why, and lets Google ask again (ScriptApp.requireScopes
 * ends the execution and shows the consent screen).
 */
import { menuText, scopeText } from '../core/messages';
import { NoticeError } from './notice';
import { services } from './services';

const AUTH = 'https://www.googleapis.com/auth/';

export const SCOPES = {
  sheet: `${AUTH}spreadsheets.currentonly`,
  ui: `${AUTH}script.container.ui`,
  mail: `${AUTH}script.send_mail`,
  triggers: `${AUTH}script.scriptapp`,
  email: `${AUTH}userinfo.email`,
} as const;

type Scope = (typeof SCOPES)[keyof typeof SCOPES];

const PURPOSE: Record<Scope, string> = {
  [SCOPES.sheet]: scopeText.sheet,
  [SCOPES.ui]: scopeText.ui,
  [SCOPES.mail]: scopeText.mail,
  [SCOPES.triggers]: scopeText.triggers,
  [SCOPES.email]: scopeText.email,
};

/**
 * The granular-consent overloads Google documents (getAuthorizationInfo(authMode, oAuthScopes),
 * AuthorizationInfo.getAuthorizedScopes, requireScopes) that @types/google-apps-script lacks.
 */
interface GranularScriptApp {
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes: string[],
  ): GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes(): string[] | null };
  requireScopes(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): void;
}

/** The scopes of `wanted` this user has not granted. */
export function missingScopes(wanted: readonly Scope[]): Scope[] {
  const script = services.script();
  const info = (script as unknown as GranularScriptApp).getAuthorizationInfo(script.AuthMode.FULL, [
    ...wanted,
  ]);
  if (info.getAuthorizationStatus() !== script.AuthorizationStatus.REQUIRED) return [];
  const granted = info.getAuthorizedScopes() ?? [];
  return wanted.filter((scope) => !granted.includes(scope));
}

/**
 * Every menu command needs the workbook and its dialogs. Without the dialog scope nothing can be
 * explained, so Google's own consent screen is all the user gets.
 */
export function requireBasicScopes(): void {
  const missing = missingScopes([SCOPES.sheet, SCOPES.ui]);
  if (missing.length === 0) return;
  const script = services.script();
  (script as unknown as GranularScriptApp).requireScopes(script.AuthMode.FULL, missing);
}

/** Before `command` uses mail, triggers or the user's address: says what is missing, then asks Google. */
export function requireScopes(command: string, wanted: readonly Scope[]): void {
  const missing = missingScopes(wanted);
  if (missing.length === 0) return;
  const ui = services.ui();
  ui.alert(
    menuText.menuTitle,
    scopeText.refused(
      command,
      missing.map((scope) => PURPOSE[scope]),
    ),
    ui.ButtonSet.OK,
  );
  const script = services.script();
  (script as unknown as GranularScriptApp).requireScopes(script.AuthMode.FULL, missing);
  // Where granular consent is not offered requireScopes returns; the command must still not go on.
  throw new NoticeError(scopeText.stillMissing);
}

/** For runs nobody watches (the hourly tick): the Vietnamese names of what is missing, for the status. */
export function describeMissing(missing: readonly Scope[]): string[] {
  return missing.map((scope) => PURPOSE[scope]);
}
