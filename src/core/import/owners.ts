/**
 * Who does a task, as a plan names it: a unit ("Đảng bộ xã Bình Lư", or its committee "Đảng ủy xã Bình
 * Lư"), the issuer ("Ban Thường vụ Huyện ủy"), a body that is not a Party or Youth Union unit ("Ban Tổ
 * chức Huyện ủy", "UBND huyện": a `Cơ quan`), or a group ("Các tổ chức đảng thực hiện đại hội điểm",
 * "Các Chi đoàn và Đoàn cơ sở") that stands for one owner per unit. Every pattern is anchored at the
 * start of the phrase and reads at most 200 characters of it.
 */
import { matchKey } from '../text';
import type { UnitType } from '../workbook/contract';
import { clean } from './dating';
import { typesNamed } from './identity';
import { NameIndex, type NameMatch, unitNames, VERB_WORDS } from './names';
import { newUnit, typeOf, type UnitRecord } from './units';

export type Owner =
  | { readonly kind: 'unit'; readonly unit: UnitRecord }
  | { readonly kind: 'body'; readonly name: string }
  | { readonly kind: 'pilots' }
  | { readonly kind: 'direct' }
  | { readonly kind: 'congresses'; readonly types: readonly UnitType[] };

/** Bodies that are not Party or Youth Union units but own tasks (they become `Cơ quan` rows). */
const BODY_HEAD =
  /^(?:Ban Thường vụ|Ban thường vụ|Thường trực|Ban Tổ chức|Ban Tuyên giáo|Ban Dân vận|Ban Nội chính|Ban Kiểm tra|Ủy ban Kiểm tra|Uỷ ban Kiểm tra|Ủy ban kiểm tra|Văn phòng|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Phòng|Sở|Mặt trận|Tổ công tác|Tiểu ban|Công an|Ban Chỉ huy|Ban Chấp hành|BCH|BTV)\s/u;
/** Words that end a body's name: the verb of the task begins ("Văn phòng Huyện ủy bố trí …"). */
const BODY_NAME_ENDS: ReadonlySet<string> = new Set([...VERB_WORDS, 'theo', 'có', 'ban']);
const GENERIC_PILOTS =
  /^(?:ban chấp hành\s{1,3})?(?:các\s{1,3})?(?:tổ chức đảng|tổ chức cơ sở đảng|chi bộ,? (?:và )?đảng bộ|chi, đảng bộ|cơ sở đoàn|chi đoàn,? (?:và )?đoàn cơ sở|chi bộ|đảng bộ|chi đoàn|đoàn cơ sở|đơn vị)[^.;:]{0,30}?(?:thực hiện|tổ chức|được chọn(?: để)?(?: tổ chức)?|chỉ đạo|làm)\s{1,3}(?:đại hội\s{1,3})?điểm/iu;
const GENERIC_DIRECT =
  /^(?:ban chấp hành\s{1,3})?(?:các\s{1,3})?(?:tổ chức đảng|chi bộ,? (?:và )?đảng bộ|cơ sở đoàn|chi đoàn,? (?:và )?đoàn cơ sở|đơn vị)[^.;:]{0,30}?thí điểm bầu trực tiếp(?: bí thư)?/iu;
const GENERIC_ALL =
  /^(?:ban chấp hành\s{1,3})?các\s{1,3}(?:đơn vị|chi bộ,? (?:và )?đảng bộ(?: cơ sở)?|chi, đảng bộ(?: cơ sở)?|chi đoàn,? (?:và )?đoàn cơ sở|cơ sở đoàn|chi bộ|đảng bộ cơ sở|chi đoàn|đoàn cơ sở)/iu;
const ACTING_KEY = /^(ban thường vụ|ban chấp hành|thường trực|bch|btv)\s+/u;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What is left of a task's sentence, tidied to say what is to be done. */
export function tidyTask(text: string): string {
  return capitalise(
    text
      .replace(/[*_]/g, '')
      .replace(/(\S)-\s(?=\S)/gu, '$1 - ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,;:\-+•]+|[\s,;:.]+$/gu, '')
      .replace(/\s+,/g, ','),
  ).slice(0, 300);
}

export interface OwnerContext {
  /** The plan's units, found by name. */
  readonly index: NameIndex<UnitRecord>;
  /** Adds a unit a heading names for the first time ("3. Đảng bộ xã Bình Lư"). */
  readonly remember: (match: NameMatch, typed: { type: UnitType; sure: boolean }) => UnitRecord;
  /** The issuer as a unit, when the plan names it in full; and its name's key ("huyện ủy"). */
  readonly issuerUnit: UnitRecord | null;
  readonly issuerKey: string | null;
}

export class OwnerReader {
  private readonly bodies = new NameIndex<UnitRecord>();

  constructor(private readonly context: OwnerContext) {}

  /** "Ban Thường vụ Huyện ủy" is the issuer when the issuer is a unit; any other body is a body. */
  private bodyOwner(phrase: string): Owner {
    const { issuerUnit, issuerKey } = this.context;
    if (issuerUnit && issuerKey) {
      const bare = matchKey(phrase).replace(ACTING_KEY, '');
      if (bare === issuerKey || (bare.length >= 6 && issuerKey.startsWith(bare)))
        return { kind: 'unit', unit: issuerUnit };
    }
    return { kind: 'body', name: phrase };
  }

  /**
   * The owner a phrase opens with, and how many characters of it name the owner. `whole`: the phrase
   * is only a name (a heading), so a unit it names for the first time is added and a body's name is all of it.
   */
  ownerAt(phrase: string, whole: boolean): { owners: Owner[]; length: number } | null {
    const head = phrase.slice(0, 200);
    const pilots = GENERIC_PILOTS.exec(head);
    if (pilots) return { owners: [{ kind: 'pilots' }], length: pilots[0].length };
    const direct = GENERIC_DIRECT.exec(head);
    if (direct) return { owners: [{ kind: 'direct' }], length: direct[0].length };
    const all = GENERIC_ALL.exec(head);
    if (all) return { owners: [{ kind: 'congresses', types: typesNamed(all[0]) }], length: all[0].length };
    // "Đảng ủy xã Bình Lư" acts for "Đảng bộ xã Bình Lư"; "Ban Chấp hành Đoàn cơ sở …" for the đoàn cơ sở.
    const asUnit = head
      .replace(
        /^(?:Ban Thường vụ|Ban thường vụ|Ban Chấp hành|Ban chấp hành|BCH|BTV)\s+(?=(?:Chi đoàn|Đoàn cơ sở|Chi bộ|Đảng bộ|Đảng ủy|Đảng uỷ)\s)/u,
        '',
      )
      .replace(/^Đảng [uủ][ỷy]\s/u, 'Đảng bộ ')
      .replace(/^Chi [uủ][ỷy]\s/u, 'Chi bộ ');
    const offset = head.length - asUnit.length;
    const first = unitNames(asUnit)[0];
    if (first && first.start === 0) {
      const record = this.context.index.find(first.name);
      if (record) return { owners: [{ kind: 'unit', unit: record }], length: first.end + offset };
      if (whole) {
        const made = this.context.remember(first, typeOf(first, '', ''));
        return { owners: [{ kind: 'unit', unit: made }], length: first.end + offset };
      }
    }
    const { issuerKey } = this.context;
    if (issuerKey) {
      const bare = matchKey(head).replace(ACTING_KEY, '');
      if (bare.startsWith(issuerKey) && /^(\s|$|,)/u.test(bare.slice(issuerKey.length))) {
        const length = head.length - bare.length + issuerKey.length;
        return { owners: [this.bodyOwner(head.slice(0, length).trim())], length };
      }
    }
    if (!BODY_HEAD.test(head)) return null;
    if (whole) return { owners: [this.bodyOwner(clean(head).replace(/[.:]+$/, ''))], length: head.length };
    const words = head.split(' ');
    let taken = 1;
    while (taken < words.length && taken < 9) {
      const word = words[taken]!.toLowerCase().replace(/[,.;:]+$/, '');
      if (BODY_NAME_ENDS.has(word) && !/^\p{Lu}/u.test(words[taken]!)) break;
      if (/[,.;:]$/.test(words[taken - 1]!)) break;
      taken++;
    }
    const name = words
      .slice(0, taken)
      .join(' ')
      .replace(/[,.;:]+$/, '');
    return { owners: [this.bodyOwner(name)], length: name.length };
  }

  /**
   * The units an owner stands for: one per congress unit for a group, the issuer for its own bodies, a
   * `Cơ quan` record (one per name) for any other body.
   */
  resolve(owner: Owner, congressUnits: readonly UnitRecord[]): UnitRecord[] {
    if (owner.kind === 'unit') return [owner.unit];
    if (owner.kind === 'pilots') return congressUnits.filter((unit) => unit.pilot);
    if (owner.kind === 'direct') return congressUnits.filter((unit) => unit.directElection);
    if (owner.kind === 'congresses')
      return congressUnits.filter((unit) => owner.types.length === 0 || owner.types.includes(unit.type));
    const { issuerUnit, issuerKey } = this.context;
    if (issuerUnit && issuerKey && matchKey(owner.name).replace(ACTING_KEY, '') === issuerKey)
      return [issuerUnit];
    const known = this.bodies.find(owner.name);
    if (known) return [known];
    const body = newUnit(owner.name, 'Cơ quan');
    this.bodies.add(owner.name, body);
    return [body];
  }
}
