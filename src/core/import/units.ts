/**
 * Units as the reader collects them: one record per organisation named, its type (stated, or a
 * default a later clue may refine), its parent, figures and flags; the stated counts that type the
 * listed units; and the issuer as the root of the plan's units when the plan names it in full.
 */
import type { IsoDate } from '../cells';
import { matchKey } from '../text';
import type { UnitType } from '../workbook/contract';
import type { PlanIdentity } from './identity';
import type { NameMatch } from './names';
import type { CountCheck } from './types';

export interface UnitRecord {
  name: string;
  typeWord: string;
  type: UnitType;
  /** The type was stated (a lead "Chi bộ cơ sở:", a type word, a parent), not a default. */
  typeSure: boolean;
  parent: string | null;
  members: number | null;
  invited: number | null;
  total: number | null;
  days: number | null;
  deadline: IsoDate | null;
  pilot: boolean;
  directElection: boolean;
  fromList: boolean;
  /** The plan's issuer itself, added as the root of its units. */
  issuer: boolean;
  /** Named where the plan says it holds no congress now ("… mới hết nhiệm kỳ", "không tổ chức đại hội"). */
  notHolding: boolean;
}

/** A record with no figures yet. */
export function newUnit(
  name: string,
  type: UnitType,
  fields: Partial<Omit<UnitRecord, 'name' | 'type'>> = {},
): UnitRecord {
  return {
    name,
    type,
    typeWord: '',
    typeSure: true,
    parent: null,
    members: null,
    invited: null,
    total: null,
    days: null,
    deadline: null,
    pilot: false,
    directElection: false,
    fromList: false,
    issuer: false,
    notHolding: false,
    ...fields,
  };
}

/**
 * The type of a named unit: its type word, a lead ("- Chi bộ cơ sở: …"), or the headings it sits under
 * (`headingsKey`, already a matchKey: it is the same for every name of a line).
 */
export function typeOf(
  match: NameMatch,
  lead: string,
  headingsKey: string,
): { type: UnitType; sure: boolean } {
  const word = match.typeWord;
  const leadKey = matchKey(lead);
  const around = headingsKey;
  if (word === 'Đoàn cơ sở') return { type: 'Đoàn cơ sở', sure: true };
  if (word === 'Chi đoàn cơ sở') return { type: 'Chi đoàn cơ sở', sure: true };
  if (word === 'Chi đoàn') {
    if (/chi đoàn cơ sở\s*:\s*$/u.test(leadKey)) return { type: 'Chi đoàn cơ sở', sure: true };
    return { type: 'Chi đoàn', sure: false };
  }
  if (word === 'Đảng bộ') {
    if (/^đảng bộ (huyện|tỉnh|thành phố|quận|thị xã|khối)\b/u.test(matchKey(match.name)))
      return { type: 'Đảng bộ cấp trên cơ sở', sure: true };
    if (/đảng bộ bộ phận\s*:\s*$/u.test(leadKey) || /đảng bộ bộ phận/u.test(around))
      return { type: 'Đảng bộ bộ phận', sure: true };
    return { type: 'Đảng bộ cơ sở', sure: /đảng bộ cơ sở\s*:\s*$/u.test(leadKey) };
  }
  if (/chi bộ cơ sở\s*:\s*$/u.test(leadKey)) return { type: 'Chi bộ cơ sở', sure: true };
  if (/chi bộ trực thuộc/u.test(leadKey) || /chi bộ trực thuộc/u.test(around))
    return { type: 'Chi bộ trực thuộc', sure: true };
  return { type: 'Chi bộ cơ sở', sure: false };
}

export const COUNT_CLAIM =
  /(?<!\d)(\d{1,3})\s{1,3}(đoàn cơ sở|chi đoàn cơ sở|chi đoàn|chi bộ trực thuộc|chi bộ cơ sở|chi bộ|đảng bộ cơ sở|đảng bộ bộ phận|đảng bộ)(?!\p{L})/giu;
const CLAIMED_TYPES: Record<string, readonly UnitType[]> = {
  'đoàn cơ sở': ['Đoàn cơ sở'],
  'chi đoàn cơ sở': ['Chi đoàn', 'Chi đoàn cơ sở'],
  'chi đoàn': ['Chi đoàn', 'Chi đoàn cơ sở'],
  'chi bộ trực thuộc': ['Chi bộ trực thuộc', 'Chi bộ cơ sở'],
  'chi bộ cơ sở': ['Chi bộ trực thuộc', 'Chi bộ cơ sở'],
  'chi bộ': ['Chi bộ trực thuộc', 'Chi bộ cơ sở'],
  'đảng bộ cơ sở': ['Đảng bộ cơ sở', 'Đảng bộ bộ phận'],
  'đảng bộ bộ phận': ['Đảng bộ cơ sở', 'Đảng bộ bộ phận'],
  'đảng bộ': ['Đảng bộ cơ sở', 'Đảng bộ bộ phận', 'Đảng bộ cấp trên cơ sở'],
};
/** A stated count that names one exact type gives that type to the units it counts. */
const CLAIM_TARGET: Record<string, UnitType> = {
  'chi đoàn cơ sở': 'Chi đoàn cơ sở',
  'chi bộ trực thuộc': 'Chi bộ trực thuộc',
  'chi bộ cơ sở': 'Chi bộ cơ sở',
  'đảng bộ bộ phận': 'Đảng bộ bộ phận',
  'đảng bộ cơ sở': 'Đảng bộ cơ sở',
};

export interface CountClaim {
  readonly text: string;
  /** The count as written: "03 đoàn cơ sở". */
  readonly phrase: string;
  readonly stated: number;
  /** The kind of unit counted, lower case: "chi đoàn cơ sở". */
  readonly kind: string;
}

/**
 * Types from the plan's own counts: "15 chi đoàn cơ sở" gives the listed chi đoàn (typed by default)
 * the type `Chi đoàn cơ sở`, unless another count names the same units by another type ("… và 05 chi
 * đoàn"). Then each count is checked against the units found.
 */
export function typeFromCounts(
  population: readonly UnitRecord[],
  claims: readonly CountClaim[],
): CountCheck[] {
  const targets = new Map<string, UnitType>();
  const plain = new Set<string>();
  for (const claim of claims) {
    const target = CLAIM_TARGET[claim.kind];
    const family = claim.kind.split(' ').slice(0, 2).join(' ');
    if (target && !plain.has(family)) targets.set(family, target);
    else if (!target) {
      plain.add(family);
      targets.delete(family);
    }
  }
  for (const unit of population) {
    const target = targets.get(matchKey(unit.typeWord).split(' ').slice(0, 2).join(' '));
    if (target && !unit.typeSure) unit.type = target;
  }
  return claims.map((claim) => {
    const types = CLAIMED_TYPES[claim.kind] ?? [];
    const found = population.filter((unit) => (types as readonly string[]).includes(unit.type)).length;
    return {
      text: claim.text,
      phrase: claim.phrase,
      stated: claim.stated,
      found,
      ok: found === claim.stated,
    };
  });
}

const LEVEL: Partial<Record<UnitType, number>> = {
  'Chi bộ trực thuộc': 0,
  'Đảng bộ bộ phận': 0,
  'Chi bộ cơ sở': 1,
  'Đảng bộ cơ sở': 1,
  'Đảng bộ cấp trên cơ sở': 2,
  'Chi đoàn': 0,
  'Chi đoàn cơ sở': 1,
  'Đoàn cơ sở': 1,
  'Đoàn cấp trên cơ sở': 2,
};

/**
 * A unit of the plan goes directly under the issuer when it is one level down in the same
 * organisation: a chi bộ cơ sở under a đảng bộ huyện, a chi bộ trực thuộc under a đảng ủy xã.
 */
export function fitsUnder(type: UnitType, parent: UnitType): boolean {
  const party = (t: UnitType) => /Đảng|Chi bộ/u.test(t);
  if (type === 'Cơ quan' || parent === 'Cơ quan' || party(type) !== party(parent)) return false;
  const [child, above] = [LEVEL[type], LEVEL[parent]];
  return child !== undefined && above !== undefined && child + 1 === above;
}

/** The issuer as a unit, when the plan names it fully: "Đoàn Khối các cơ quan tỉnh", "Huyện ủy Tam Đường". */
export function issuerAsUnit(identity: PlanIdentity): UnitRecord | null {
  const named = identity.organisationName;
  if (!named) return null;
  const unit = (name: string, type: UnitType) => newUnit(name, type, { issuer: true });
  const party = /^(Huyện|Quận|Thị|Thành) [uủ][ỷy]\s+(\p{Lu}.*)$/u.exec(named);
  if (party) {
    const level = { Huyện: 'huyện', Quận: 'quận', Thị: 'thị xã', Thành: 'thành phố' }[party[1]!]!;
    return unit(`Đảng bộ ${level} ${party[2]}`, 'Đảng bộ cấp trên cơ sở');
  }
  const base = /^Đảng [uủ][ỷy]\s+((?:xã|phường|thị trấn)\s+\p{Lu}.*)$/u.exec(named);
  if (base) return unit(`Đảng bộ ${base[1]}`, 'Đảng bộ cơ sở');
  if (/^(Đoàn Khối|Huyện đoàn|Quận đoàn|Thị đoàn)\s+\S/u.test(named))
    return unit(named, 'Đoàn cấp trên cơ sở');
  return null;
}
