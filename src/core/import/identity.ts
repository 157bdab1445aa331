/**
 * What a plan says about itself: who issued it and under whom (the header, or the sentence "Ban Thường
 * vụ … ban hành Kế hoạch"), its number and date, the signature block, whether it is a Party or a Youth
 * Union document, and the term each kind of unit opens (from the title: "chi bộ trực thuộc đảng ủy cơ
 * sở nhiệm kỳ 2025 - 2027 và chi bộ, đảng bộ cơ sở nhiệm kỳ 2025 - 2030"). Only what the text states:
 * a header the text lacks stays empty, it is never made up from the units' names.
 */
import type { IsoDate } from '../cells';
import { formatDateVi } from '../dates';
import { matchKey } from '../text';
import type { Organisation, UnitType } from '../workbook/contract';
import { findDatePhrases } from './date-phrases';
import type { PlanDocument } from './document';

export interface TermRule {
  /** The unit types the term is stated for; empty means every unit of the plan. */
  readonly types: readonly UnitType[];
  /** `YYYY-YYYY`. */
  readonly term: string;
}

export interface PlanIdentity {
  readonly title: string;
  /** Party or Youth Union, when the plan shows it. */
  readonly organisation: Organisation | null;
  /** The body as the plan names it acting: "Ban Thường vụ Huyện ủy". */
  readonly actor: string | null;
  /** The organisation behind it: "Huyện ủy", "Đoàn Khối các cơ quan tỉnh". */
  readonly organisationName: string | null;
  /** Header lines as a document prints them (capitals). */
  readonly issuingBody: string | null;
  /** The issuing body carries its own name ("Huyện ủy Tam Đường"), not only its level ("Huyện ủy"). */
  readonly issuingBodyNamed: boolean;
  readonly parentBody: string | null;
  readonly place: string | null;
  readonly number: string | null;
  readonly date: IsoDate | null;
  /** Where the number was read: the header, or the caption of the attached list. */
  readonly numberFrom: 'header' | 'list' | null;
  readonly onBehalfOf: string | null;
  readonly signerTitle: string | null;
  readonly signer: string | null;
  readonly terms: readonly TermRule[];
  /** Terms stated elsewhere than the title for the same units, differing from it (for a note). */
  readonly otherTerms: readonly TermRule[];
  /** The sentence those other terms are read from. */
  readonly otherTermsSource: string;
}

const SEGMENTS = /\t+| {2,}/;
const NATIONAL_PARTY = /^ĐẢNG CỘNG SẢN VIỆT NAM$/u;
const NATIONAL_YOUTH = /^ĐOÀN (?:TNCS|THANH NIÊN CỘNG SẢN) HỒ CHÍ MINH$/u;
const SIGNING_FOR = /^(?:T\/M|TM\.|K\/T|KT\.|T\/L|TL\.)\s/u;

function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

/** "Tần Thị Quế": two to six capitalised words, not all capitals, no digits. */
function isPersonName(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    text.length <= 50 &&
    !isCapitals(text) &&
    words.every((word) => /^\p{Lu}\p{Ll}*$/u.test(word))
  );
}

function segmentsOf(lines: readonly string[]): string[] {
  return lines.flatMap((line) =>
    line
      .split(SEGMENTS)
      .map((part) => part.replace(/[*_]/g, '').trim())
      .filter(Boolean),
  );
}

interface Header {
  national: Organisation | null;
  issuingBody: string | null;
  parentBody: string | null;
  place: string | null;
  date: IsoDate | null;
  number: string | null;
}

function readHeader(lines: readonly string[]): Header {
  const header: Header = {
    national: null,
    issuingBody: null,
    parentBody: null,
    place: null,
    date: null,
    number: null,
  };
  const bodies: string[] = [];
  for (const segment of segmentsOf(lines)) {
    if (NATIONAL_PARTY.test(segment)) header.national = 'Đảng';
    else if (NATIONAL_YOUTH.test(segment)) header.national = 'Đoàn';
    else if (/CỘNG HÒA|CỘNG HOÀ|Độc lập/u.test(segment) || /^[*\-_=–—.]+$/u.test(segment)) continue;
    else if (/^Số\s*:?\s*\S/u.test(segment))
      header.number = segment.replace(/^Số\s*:?\s*/u, '').split(/\s/)[0] ?? null;
    else if (/^[\p{Lu}][\p{L} .'-]{1,40},\s*ngày\s/u.test(segment)) {
      header.place = segment.slice(0, segment.indexOf(',')).trim();
      header.date = findDatePhrases(segment).find((phrase) => phrase.kind === 'day')?.date ?? null;
    } else if (isCapitals(segment) && segment.length <= 80) bodies.push(segment);
  }
  if (bodies.length === 1) header.issuingBody = bodies[0]!;
  if (bodies.length >= 2) {
    header.parentBody = bodies[0]!;
    header.issuingBody = bodies.slice(1).join(' ');
  }
  return header;
}

interface Signature {
  onBehalfOf: string | null;
  signerTitle: string | null;
  signer: string | null;
}

/** The block under "Nơi nhận" (or beside it): "T/M BAN THƯỜNG VỤ", "BÍ THƯ", the name. */
function readSignature(closing: readonly string[]): Signature {
  const segments = segmentsOf(closing).filter(
    (segment) =>
      !/^[-+•]/u.test(segment) && !/^Nơi\s+nhận/iu.test(segment) && !/^\((?:đã\s+)?ký/iu.test(segment),
  );
  let signerAt = -1;
  for (let i = segments.length - 1; i >= 0; i--) {
    if (isPersonName(segments[i]!)) {
      signerAt = i;
      break;
    }
  }
  if (signerAt < 0) return { onBehalfOf: null, signerTitle: null, signer: null };
  let forAt = -1;
  for (let i = signerAt - 1; i >= 0 && i >= signerAt - 4; i--) {
    if (SIGNING_FOR.test(segments[i]!)) {
      forAt = i;
      break;
    }
  }
  const titles = segments
    .slice(forAt >= 0 ? forAt + 1 : Math.max(0, signerAt - 1), signerAt)
    .filter((segment) => isCapitals(segment));
  return {
    onBehalfOf: forAt >= 0 ? segments[forAt]! : null,
    signerTitle: titles.length > 0 ? titles.join(' ') : null,
    signer: segments[signerAt]!,
  };
}

const ACTING = /(?:Ban [Tt]hường vụ|Ban [Cc]hấp hành|Thường trực|BTV|BCH)\s/u;

/** "… của Đảng, Ban Thường vụ Huyện ủy ban hành Kế hoạch …": the body and its organisation. */
function readActor(document: PlanDocument): { actor: string; organisation: string; line: string } | null {
  for (const line of document.body.slice(0, 30)) {
    if (line.heading?.level === 1) break;
    const at = line.text.search(/\s(?:ban hành|xây dựng)\s+(?:Kế hoạch|kế hoạch)/u);
    if (at < 0) continue;
    const window = line.text.slice(Math.max(0, at - 120), at);
    const acting = [...window.matchAll(new RegExp(ACTING.source, 'gu'))].pop();
    let actor: string;
    if (acting) {
      actor = window.slice(acting.index).trim();
    } else {
      const clause = window.split(/[,;:.]/).pop() ?? '';
      actor = clause.trim();
    }
    if (actor.length < 3 || actor.split(/\s+/).length > 12) continue;
    const organisation = actor.replace(new RegExp(`^${ACTING.source}`, 'u'), '').trim();
    return { actor, organisation: organisation || actor, line: line.text.slice(at, at + 400) };
  }
  return null;
}

/** Committee words as matchKey spells them ("ủy" and "uỷ" are one key). */
const COMMITTEE = matchKey('ủy');

function organisationOf(name: string): Organisation | null {
  const key = matchKey(name);
  if (/(^|\s)(đoàn|đtn)(\s|$)/u.test(key)) return 'Đoàn';
  if (key.includes(COMMITTEE) || key.includes('đảng')) return 'Đảng';
  return null;
}

/** How a header prints the issuing body: "HUYỆN ỦY", "BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH". */
function headerForm(organisation: string, kind: Organisation | null): string {
  const upper = organisation.toUpperCase();
  if (kind === 'Đoàn' && !/^(BCH|BAN CHẤP HÀNH)\s/u.test(upper)) return `BCH ${upper}`;
  return upper;
}

/** A body one level up named with its place in the text: "Tỉnh đoàn Lai Châu", "Tỉnh ủy Lai Châu". */
function readParent(document: PlanDocument, organisation: string, kind: Organisation | null): string | null {
  const key = matchKey(organisation);
  let pattern: RegExp | null = null;
  let form: (name: string) => string = (name) => name;
  if (kind === 'Đoàn' && /^(đoàn khối|huyện đoàn|quận đoàn|thị đoàn|đoàn (huyện|quận|thị xã))/u.test(key)) {
    pattern = /Tỉnh đoàn\s+((?:\p{Lu}\p{Ll}*\s?){1,4})/u;
    form = (name) => `TỈNH ĐOÀN ${name.toUpperCase()}`;
  } else if (
    kind === 'Đảng' &&
    new RegExp(`^((huyện|quận|thị|thành) ${COMMITTEE}|đảng ${COMMITTEE} khối)`, 'u').test(key)
  ) {
    pattern = /Tỉnh [uủ][ỷy]\s+((?:\p{Lu}\p{Ll}*\s?){1,4})/u;
    form = (name) => `ĐẢNG BỘ TỈNH ${name.toUpperCase()}`;
  } else if (kind === 'Đảng' && new RegExp(`^đảng ${COMMITTEE} (xã|phường|thị trấn)`, 'u').test(key)) {
    pattern = /Huyện [uủ][ỷy]\s+((?:\p{Lu}\p{Ll}*\s?){1,4})/u;
    form = (name) => `ĐẢNG BỘ HUYỆN ${name.toUpperCase()}`;
  }
  if (!pattern) return null;
  for (const line of document.body) {
    const match = pattern.exec(line.text.length > 4000 ? line.text.slice(0, 4000) : line.text);
    if (match) return form(match[1]!.trim());
  }
  return null;
}

const TERM = /nhiệm\s{1,3}k[ỳìi]\s{0,3}(\d{4})\s{0,3}[-–]\s{0,3}(\d{4})(?!\d)/giu;

/** The unit types a stretch of a title names: "chi bộ, đảng bộ cơ sở", "Chi đoàn và Đoàn cơ sở". */
export function typesNamed(text: string): UnitType[] {
  const key = matchKey(text);
  const types = new Set<UnitType>();
  if (/chi bộ trực thuộc/u.test(key)) types.add('Chi bộ trực thuộc');
  if (/chi bộ cơ sở|chi bộ,? (?:và )?đảng bộ cơ sở|chi, đảng bộ cơ sở/u.test(key)) types.add('Chi bộ cơ sở');
  if (/đảng bộ cơ sở/u.test(key)) types.add('Đảng bộ cơ sở');
  if (/đảng bộ bộ phận/u.test(key)) types.add('Đảng bộ bộ phận');
  if (/chi đoàn cơ sở/u.test(key)) types.add('Chi đoàn cơ sở');
  else if (/chi đoàn/u.test(key)) {
    types.add('Chi đoàn');
    types.add('Chi đoàn cơ sở');
  }
  if (/(?<!chi )đoàn cơ sở/u.test(key)) types.add('Đoàn cơ sở');
  if (types.size === 0 && /chi bộ/u.test(key)) {
    types.add('Chi bộ cơ sở');
    types.add('Chi bộ trực thuộc');
  }
  return [...types];
}

function termsIn(text: string): TermRule[] {
  const rules: TermRule[] = [];
  let from = 0;
  for (const match of text.matchAll(TERM)) {
    const start = match.index ?? 0;
    const [first, last] = [Number(match[1]), Number(match[2])];
    if (last > first) rules.push({ types: typesNamed(text.slice(from, start)), term: `${first}-${last}` });
    from = start + match[0].length;
  }
  return rules;
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * The organisation a header line names, in running-text spelling: "HUYỆN ỦY MƯỜNG ẢNG" -> "Huyện ủy
 * Mường Ảng", "BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH" -> "Đoàn Khối các cơ quan tỉnh". Null for a form it
 * does not know (the header line is still used as printed).
 */
export function organisationFromHeader(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  const party = /^(HUYỆN|QUẬN|THỊ|THÀNH) (?:ỦY|UỶ) (.+)$/u.exec(text);
  if (party) return `${titleCase(party[1]!)} ủy ${titleCase(party[2]!)}`;
  const base = /^ĐẢNG (?:ỦY|UỶ) (XÃ|PHƯỜNG|THỊ TRẤN) (.+)$/u.exec(text);
  if (base) return `Đảng ủy ${base[1]!.toLowerCase()} ${titleCase(base[2]!)}`;
  const bloc = /^(?:BCH |BAN CHẤP HÀNH )?ĐOÀN KHỐI (.+)$/u.exec(text);
  if (bloc) return `Đoàn Khối ${bloc[1]!.toLowerCase()}`;
  const youth =
    /^(?:BCH |BAN CHẤP HÀNH )?(?:ĐOÀN (HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ)|(HUYỆN|QUẬN|THỊ|THÀNH) ĐOÀN) (.+)$/u.exec(
      text,
    );
  if (youth) {
    const level = (youth[1] ?? youth[2])!.split(' ')[0]!;
    return `${titleCase(level)} đoàn ${titleCase(youth[3]!)}`;
  }
  return null;
}

/** "Huyện ủy Tam Đường", "Đoàn Khối các cơ quan tỉnh": more than the level word of the body. */
function isNamed(organisation: string): boolean {
  const level =
    /^(?:(?:huyện|quận|thị|thành|tỉnh|đảng) (?:ủy|uỷ)|(?:huyện|quận|thị|thành|tỉnh) đoàn|đoàn khối|đảng (?:ủy|uỷ) khối|đảng (?:ủy|uỷ) (?:xã|phường|thị trấn))\s*/iu;
  return organisation.replace(level, '').trim().length > 0;
}

export function readIdentity(document: PlanDocument): PlanIdentity {
  const header = readHeader(document.header);
  const signature = readSignature(document.closing);
  const acting = readActor(document);
  // The header names the organisation in full ("HUYỆN ỦY MƯỜNG ẢNG"); the body often only by its level.
  const named =
    (header.issuingBody ? organisationFromHeader(header.issuingBody) : null) ?? acting?.organisation ?? null;
  const organisation =
    header.national ??
    (named ? organisationOf(named) : null) ??
    (header.issuingBody ? organisationOf(header.issuingBody) : null);

  // The plan's own number and date: the header's, or the attached list's "(Kèm theo Kế hoạch số …)".
  let number = header.number;
  let date = header.date;
  let numberFrom: PlanIdentity['numberFrom'] = number ? 'header' : null;
  if (!number) {
    for (const line of document.list.slice(0, 6)) {
      const match = /Kèm theo\s+Kế hoạch\s+số\s*:?\s*([\p{L}\p{N}/.-]{1,40})/iu.exec(line.text);
      if (!match) continue;
      number = match[1]!.replace(/[.,]+$/, '');
      numberFrom = 'list';
      date = findDatePhrases(line.text).find((phrase) => phrase.kind === 'day')?.date ?? date;
      break;
    }
  }

  const terms = termsIn(document.title);
  const otherTerms = acting ? termsIn(acting.line) : [];
  return {
    title: document.title,
    organisation,
    actor: acting?.actor ?? null,
    organisationName: named,
    issuingBodyNamed: named !== null && isNamed(named),
    issuingBody: header.issuingBody ?? (named ? headerForm(named, organisation) : null),
    parentBody: header.parentBody ?? (named ? readParent(document, named, organisation) : null),
    place: header.place,
    number,
    date,
    numberFrom,
    onBehalfOf: signature.onBehalfOf,
    signerTitle: signature.signerTitle,
    signer: signature.signer,
    terms: terms.length > 0 ? terms : otherTerms,
    otherTerms: terms.length > 0 ? otherTerms : [],
    otherTermsSource: acting?.line ?? '',
  };
}

/** The report's opening sentence citing this plan, when the plan names who issued it. */
export function basisSentence(identity: PlanIdentity): string | null {
  if (!identity.actor || !identity.title) return null;
  const number = identity.number ? ` số ${identity.number}` : '';
  const date = identity.date ? `, ngày ${formatDateVi(identity.date)}` : '';
  const title = identity.title.charAt(0).toLowerCase() + identity.title.slice(1);
  return `Thực hiện Kế hoạch${number}${date} của ${identity.actor} về ${title}`;
}
