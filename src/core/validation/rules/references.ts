/**
 * What a clerk most likely meant when a code cell names nothing: the name of a unit (or a category,
 * or a task) typed where its code belongs, the code in another case, part of a name, a code with a
 * hidden character. The answer only feeds the hint of the finding: the cell is never changed.
 */
import { hasInvisibleCharacters, matchKey } from '../../text';

export interface Candidate {
  readonly code: string;
  /** What staff call it: a unit's `Tên đơn vị`, a category's `Nội dung chi`, a task's `Nội dung`. */
  readonly name: string;
}

export type Guess =
  /** The typed text is the name of exactly one candidate (or of several sharing that name). */
  | { readonly kind: 'name'; readonly matches: readonly Candidate[] }
  /** The typed text is a code in another case or spacing. */
  | { readonly kind: 'case'; readonly match: Candidate }
  /** The typed text is a part of exactly one candidate's name (at least three letters). */
  | { readonly kind: 'partial'; readonly match: Candidate }
  /** The typed text holds a zero-width character; without it, it may be a code. */
  | { readonly kind: 'invisible'; readonly match?: Candidate };

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

export function guessCode(typed: string, candidates: readonly Candidate[]): Guess | null {
  const usable = candidates.filter((candidate) => candidate.code !== '');
  if (hasInvisibleCharacters(typed)) {
    const visible = typed.replace(INVISIBLE, '');
    const match = usable.find((candidate) => candidate.code === visible);
    return match ? { kind: 'invisible', match } : { kind: 'invisible' };
  }
  const key = matchKey(typed);
  if (key === '') return null;
  const byName = usable.filter((candidate) => candidate.name !== '' && matchKey(candidate.name) === key);
  if (byName.length > 0) return { kind: 'name', matches: byName };
  const byCode = usable.find((candidate) => matchKey(candidate.code) === key);
  if (byCode) return { kind: 'case', match: byCode };
  if (key.length >= 3) {
    const partial = usable.filter((candidate) => matchKey(candidate.name).includes(key));
    if (partial.length === 1) return { kind: 'partial', match: partial[0]! };
  }
  return null;
}
