/**
 * The SMTP password never reaches the terminal, the ledger or --out. An SMTP URL carries it between
 * the user name and the host, and so may an argument typed in the wrong place. The URL is
 * taken apart by hand, not with `new URL`, because the URLs that must not leak are exactly the
 * ones that do not parse (a bad port, a space in the host); the password is then scrubbed in every
 * spelling it may appear in: as typed, percent-decoded (`p%40ss` is `p@ss`) and re-encoded.
 */

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const SECRET_QUERY_KEY = /pass|secret|token|key/i;

export interface UrlCredentials {
  /** The URL as it may be shown, with the password and secret query values replaced by `***`. */
  readonly shown: string;
  /** Every spelling of every secret in it, longest first. */
  readonly secrets: readonly string[];
}

function spellings(secret: string): string[] {
  const forms = new Set([secret]);
  try {
    const decoded = decodeURIComponent(secret);
    forms.add(decoded);
    forms.add(encodeURIComponent(decoded));
  } catch {
    // not valid percent-encoding: the text as typed is the only spelling
  }
  forms.add(encodeURIComponent(secret));
  return [...forms].filter((form) => form !== '');
}

/** The credentials of `text` when it looks like a URL (`scheme://user:password@host...`). */
export function urlCredentials(text: string): UrlCredentials {
  const scheme = SCHEME.exec(text.trim());
  if (!scheme) return { shown: text, secrets: [] };
  const start = text.indexOf(scheme[0]) + scheme[0].length;
  const rest = text.slice(start);
  // The password runs to the LAST '@': an unencoded '@' or '/' in it must not end it early.
  const at = rest.lastIndexOf('@');
  const secrets: string[] = [];
  let shown = text;
  if (at >= 0) {
    const userInfo = rest.slice(0, at);
    const colon = userInfo.indexOf(':');
    if (colon >= 0 && colon < userInfo.length - 1) {
      for (const spelling of spellings(userInfo.slice(colon + 1))) secrets.push(spelling);
      shown = `${text.slice(0, start)}${userInfo.slice(0, colon)}:***${rest.slice(at)}`;
    }
  }
  const query = shown.indexOf('?');
  if (query >= 0) {
    shown = `${shown.slice(0, query)}${shown
      .slice(query)
      .replace(/([?&])([^=&#]*)=([^&#]*)/g, (all, sep, key, value) => {
        if (!SECRET_QUERY_KEY.test(key) || value === '') return all;
        for (const spelling of spellings(value)) secrets.push(spelling);
        return `${sep}${key}=***`;
      })}`;
  }
  return { shown, secrets: [...new Set(secrets)].sort((a, b) => b.length - a.length) };
}

/** Scrubs the secrets of a set of URLs (the arguments, DAIHOI_SMTP_URL) from any text. */
export class Redactor {
  private readonly urls: { readonly text: string; readonly shown: string }[] = [];
  private readonly secrets: string[] = [];

  constructor(sources: readonly (string | undefined)[]) {
    for (const source of sources) {
      if (!source) continue;
      const credentials = urlCredentials(source);
      if (credentials.secrets.length === 0) continue;
      this.urls.push({ text: source, shown: credentials.shown });
      for (const secret of credentials.secrets) this.secrets.push(secret);
    }
    this.secrets.sort((a, b) => b.length - a.length);
  }

  get active(): boolean {
    return this.secrets.length > 0;
  }

  scrub(text: string): string {
    if (!this.active) return text;
    let result = text;
    for (const url of this.urls) result = result.split(url.text).join(url.shown);
    for (const secret of this.secrets) result = result.split(secret).join('***');
    return result;
  }

  /** The same error with its message (and stack) scrubbed, for errors that escape to the top. */
  scrubError(error: unknown): unknown {
    if (!this.active || !(error instanceof Error)) return error;
    error.message = this.scrub(error.message);
    if (error.stack) error.stack = this.scrub(error.stack);
    return error;
  }
}
