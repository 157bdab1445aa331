/**
 * Reads a plan (Kế hoạch) as people write it: what it says about itself (issuer, signer, Party or
 * Youth Union, the terms it opens), the congresses (units with their type, delegates, days, deadline),
 * the tasks with who does them, the documents it cites, and every date with what it is: a deadline
 * (something must be done by it), a cited document's date, or a date skipped with its reason (a
 * term's end, a period under review, a day that does not exist).
 *
 * Cost: each line is scanned a bounded number of times and every look-around is a bounded window, so
 * the time is linear in the length of the text, whatever it repeats.
 */
import type { IsoDate } from '../cells';
import { toUnicode } from '../encoding/legacy';
import { type SkipReason, skipReasonText } from '../messages/import';
import { matchKey } from '../text';
import type { Organisation, UnitType } from '../workbook/contract';
import { type DatePhrase, findDatePhrases } from './date-phrases';
import {
  citationAround,
  clean,
  DOCUMENT,
  documentOf,
  parenthesisAround,
  roleOf,
  sentenceAround,
  withoutDatePhrase,
} from './dating';
import { type BodyLine, type PlanDocument, readDocument } from './document';
import { basisSentence, type PlanIdentity, readIdentity, typesNamed } from './identity';
import { NameIndex, type NameMatch, unitNames } from './names';
import { type Owner, OwnerReader, tidyTask } from './owners';
import type {
  CitedDocument,
  CountCheck,
  DatedText,
  ImportedPlan,
  ImportedTask,
  ImportResult,
  SkippedItem,
} from './types';
import {
  COUNT_CLAIM,
  type CountClaim,
  fitsUnder,
  issuerAsUnit,
  newUnit,
  typeFromCounts,
  typeOf,
  type UnitRecord,
} from './units';

export { sameUnitName } from './names';
export * from './types';

interface PendingTask {
  text: string;
  owners: Owner[];
  /** How the plan names who does it (a heading, a subject), shown as is for a task with no deadline. */
  ownerText: string | null;
  due: IsoDate | null;
}

type GroupScope = 'pilots' | 'others' | 'all';
interface Section {
  readonly heading: string;
  readonly owners: Owner[];
}

/** Which congresses a subject such as "Đại hội điểm" or "Đại hội chi đoàn và đoàn cơ sở" speaks of. */
function scopeOfSubject(subject: string): GroupScope {
  const key = matchKey(subject);
  if (/đại hội điểm/u.test(key)) return 'pilots';
  if (/đại hội (chi|đảng|đoàn)/u.test(key)) return 'others';
  return 'all';
}

const CITATION_IN_PREDICATE = new RegExp(
  `\\s(?:theo|căn cứ|tại)\\s{1,3}${DOCUMENT}\\s{1,3}(?:số\\s{0,3}:?\\s{0,3})?\\d`,
  'iu',
);
/** A task that is a congress's own deadline: "hoàn thành đại hội", "tổ chức đại hội". */
const CONGRESS_ITSELF = /^(?:hoàn thành\s+)?(?:việc\s+)?(?:tổ chức|tiến hành)?\s*đại hội\b/iu;

class PlanReader {
  readonly text: string;
  private readonly document: PlanDocument;
  private readonly identity: PlanIdentity;

  private readonly deadlines: DatedText[] = [];
  private readonly references: DatedText[] = [];
  private readonly documents: CitedDocument[] = [];
  private readonly skipped: SkippedItem[] = [];
  private readonly seen = new Set<string>();

  private readonly units: UnitRecord[] = [];
  private readonly index = new NameIndex<UnitRecord>();
  private readonly titlePilotOnly: boolean;
  private readonly issuerUnit: UnitRecord | null;
  private readonly owners: OwnerReader;

  private readonly claims: CountClaim[] = [];
  private readonly groupDeadlines: { scope: GroupScope; date: IsoDate }[] = [];
  private readonly groupDays: { scope: GroupScope; days: number }[] = [];
  private readonly tasks: PendingTask[] = [];
  private lastNamed: UnitRecord[] = [];
  private readonly recent: string[] = [];
  private section: Section | null = null;

  constructor(input: string) {
    this.text = toUnicode(input.replace(/^\ufeff/, '').normalize('NFC')).text;
    this.document = readDocument(this.text);
    this.identity = readIdentity(this.document);
    const title = matchKey(this.identity.title || this.text.slice(0, 600));
    this.titlePilotOnly = /đại hội điểm/u.test(title) && !/bầu trực tiếp/u.test(title);
    // The issuer, when the plan names it in full ("Đoàn Khối các cơ quan tỉnh"), is the root unit.
    this.issuerUnit = issuerAsUnit(this.identity);
    if (this.issuerUnit) {
      this.units.push(this.issuerUnit);
      this.index.add(this.issuerUnit.name, this.issuerUnit);
    }
    this.owners = new OwnerReader({
      index: this.index,
      remember: (match, typed) => this.remember(match, typed, null, '', false),
      issuerUnit: this.issuerUnit,
      issuerKey: this.identity.organisationName ? matchKey(this.identity.organisationName) : null,
    });
  }

  read(): ImportResult {
    // The header's date line dates the plan itself; the header is read cell by cell.
    for (const line of this.document.header)
      for (const segment of line.split(/\t+| {2,}/)) this.readDates(segment.replace(/^[*\s]+/, ''), true);
    const title: BodyLine[] = this.identity.title
      ? [{ index: -1, text: this.identity.title, heading: null, path: [] }]
      : [];
    for (const line of [...title, ...this.document.body]) this.readBodyLine(line);
    this.readList();
    this.settleGroupDeadlines();
    return this.result();
  }

  // --- what was not taken, dates ---------------------------------------------------------------------

  private once(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  private skip(phrase: string, reason: SkipReason, context: string): void {
    if (!this.once(`S|${reason}|${phrase}|${context}`)) return;
    this.skipped.push({ text: phrase, reason, why: skipReasonText[reason], context: clean(context) });
  }

  /** Set by readDates when a line speaks of a term's end: the units it names hold no congress now. */
  private termEndInLine = false;

  /** Sorts the dates of a line into references, deadlines and skipped; returns the deadlines. */
  private readDates(line: string, isHeaderLine: boolean): DatePhrase[] {
    const found: DatePhrase[] = [];
    this.termEndInLine = false;
    let previousEnd = 0;
    for (const phrase of findDatePhrases(line)) {
      const role = roleOf(line, phrase, previousEnd, isHeaderLine);
      previousEnd = phrase.end;
      if (role.role === 'reference' && phrase.date) {
        const cited = clean(citationAround(line, phrase.start, phrase.end));
        const text = isHeaderLine ? clean(line) : cited;
        if (this.once(`R|${phrase.date}|${text}`)) this.references.push({ date: phrase.date, text });
        const cite = isHeaderLine ? null : documentOf(cited, phrase.date);
        if (cite && this.once(`C|${cite.number}|${cite.date}`)) this.documents.push(cite);
      } else if (role.role === 'deadline' && phrase.date) {
        const text = clean(sentenceAround(line, phrase.start, phrase.end));
        if (this.once(`D|${phrase.date}|${text}`)) this.deadlines.push({ date: phrase.date, text });
        found.push(phrase);
      } else {
        const reason = role.role === 'skip' ? role.reason : (phrase.problem ?? 'impossible');
        if (reason === 'term') this.termEndInLine = true;
        this.skip(phrase.text, reason, sentenceAround(line, phrase.start, phrase.end));
      }
    }
    return found;
  }

  // --- units --------------------------------------------------------------------------------------

  /** A unit named again is the same record: it keeps the longest name and any stated type. */
  private remember(
    match: NameMatch,
    typed: { type: UnitType; sure: boolean },
    parent: string | null,
    context: string,
    fromList: boolean,
  ): UnitRecord {
    const pilot = /đại hội điểm/iu.test(context) || (this.titlePilotOnly && !fromList);
    const direct = /bầu trực tiếp/iu.test(context);
    const known = this.index.find(match.name);
    if (known) {
      if (match.name.length > known.name.length) {
        known.name = match.name;
        this.index.add(match.name, known);
      }
      known.pilot ||= pilot;
      known.fromList ||= fromList;
      known.directElection ||= direct;
      known.parent ??= parent;
      if (typed.sure && !known.typeSure) {
        known.type = typed.type;
        known.typeSure = true;
      }
      return known;
    }
    const record = newUnit(match.name, typed.type, {
      typeWord: match.typeWord,
      typeSure: typed.sure,
      parent,
      pilot,
      directElection: direct,
      fromList,
    });
    this.units.push(record);
    this.index.add(match.name, record);
    return record;
  }

  /** Units named in a line; a chi bộ named with its đảng bộ ("…, Đảng bộ xã Bình Lư") sits under it. */
  private unitsOfLine(
    line: string,
    headings: string,
    recentText: string,
  ): { named: UnitRecord[]; ends: number[] } {
    const matches = unitNames(line);
    const parentOf = new Map<number, number>();
    for (let i = 0; i + 1 < matches.length; i++) {
      const child = matches[i]!;
      const parent = matches[i + 1]!;
      const between = line.slice(child.end, parent.start);
      if (
        child.typeWord === 'Chi bộ' &&
        parent.typeWord === 'Đảng bộ' &&
        /^\s*(?:,|,?\s*(?:trực\s+)?thuộc)\s*$/iu.test(between)
      )
        parentOf.set(i, i + 1);
    }
    const parents = new Set(parentOf.values());
    const headingsKey = matches.length > 0 ? matchKey(headings) : '';
    const named: UnitRecord[] = [];
    const ends: number[] = [];
    matches.forEach((match, i) => {
      const lead = line.slice(Math.max(0, match.start - 60), match.start);
      const hasParent = parentOf.has(i);
      const typed = hasParent
        ? { type: 'Chi bộ trực thuộc' as const, sure: true }
        : typeOf(match, lead, headingsKey);
      const parentName = hasParent ? matches[parentOf.get(i)!]!.name : null;
      const context = parents.has(i) ? '' : `${lead} \n ${headings} \n ${recentText}`;
      const record = this.remember(match, typed, parentName, context, false);
      if (!parents.has(i)) {
        named.push(record);
        ends.push(match.end);
      }
    });
    return { named, ends };
  }

  /** Delegates ("khoảng 282 đại biểu, trong đó: …") for the unit named last; days; the congress deadline. */
  private readFigures(
    line: BodyLine,
    phrases: readonly DatePhrase[],
    named: UnitRecord[],
    ends: number[],
  ): Set<DatePhrase> {
    const raw = line.text;
    const total = /(?<!\d)(\d{1,5})\s{1,3}đại biểu\s{0,3},?\s{0,3}trong đó/iu.exec(raw);
    if (total && this.lastNamed.length > 0) {
      const target = this.lastNamed[0]!;
      target.total = Number(total[1]);
      const members = /(?:đảng viên|đoàn viên)[^;\d]{0,60}?(\d{1,5})\s{1,3}đồng chí/iu.exec(raw);
      const invited = /đại biểu mời[^;\d]{0,40}?(\d{1,5})/iu.exec(raw);
      if (members) target.members = Number(members[1]);
      if (invited) target.invited = Number(invited[1]);
    }
    named.forEach((unit, i) => {
      const count = /^\s{0,3}(?:có\s{1,3})?(\d{1,5})\s{1,3}(?:đảng viên|đoàn viên)/iu.exec(
        raw.slice(ends[i], ends[i]! + 40),
      );
      if (count) unit.members ??= Number(count[1]);
    });
    const congressDeadlines = new Set<DatePhrase>();
    if (named.length > 0 && !line.heading) {
      const days = /không quá\s{1,3}0?(\d{1,2})\s{1,3}ngày/iu.exec(raw);
      if (days) for (const unit of named) unit.days = Number(days[1]);
      const lastEnd = ends[ends.length - 1]!;
      for (const phrase of phrases) {
        if (phrase.start < lastEnd) continue;
        // The congress's own deadline follows its unit closely ("…: Không quá 01 ngày, hoàn thành trước …").
        if (phrase.start - lastEnd > 300) break;
        const between = raw.slice(lastEnd, phrase.start);
        if (/gửi|nộp|lập|báo cáo|xây dựng|trình|duyệt/iu.test(between)) continue;
        if (!/hoàn thành|không quá|đại hội|xong|chậm nhất|trước/iu.test(between)) continue;
        for (const unit of named) unit.deadline ??= phrase.date;
        congressDeadlines.add(phrase);
        break;
      }
    }
    // "Thời gian: Đại hội điểm hoàn thành trong tháng 11/2024; … không quá 01 ngày": days for a group.
    if (named.length === 0 && !line.heading && /đại hội/iu.test(raw)) {
      const days = /không quá\s{1,3}0?(\d{1,2})\s{1,3}ngày/iu.exec(raw);
      if (days) this.groupDays.push({ scope: scopeOfSubject(raw.slice(0, 200)), days: Number(days[1]) });
    }
    // "Đại hội điểm: Hoàn thành trước ngày …" — a subject before the colon names which congresses.
    const colon = raw.indexOf(':');
    for (const phrase of phrases) {
      if (congressDeadlines.has(phrase)) continue;
      if (colon > 0 && colon < 80 && colon < phrase.start && /đại hội/iu.test(raw.slice(0, colon))) {
        this.groupDeadlines.push({ scope: scopeOfSubject(raw.slice(0, colon)), date: phrase.date! });
        congressDeadlines.add(phrase);
      }
    }
    return congressDeadlines;
  }

  /** Stated counts: "Bầu trực tiếp Bí thư tại 03 đoàn cơ sở". */
  private readClaims(raw: string): void {
    if (!/bầu trực tiếp|thí điểm|đại hội điểm/iu.test(raw)) return;
    const text = clean(raw.slice(0, 400)).slice(0, 300);
    for (const claim of raw.matchAll(COUNT_CLAIM))
      this.claims.push({
        text,
        phrase: claim[0].replace(/\s+/g, ' '),
        stated: Number(claim[1]),
        kind: claim[2]!.toLowerCase(),
      });
  }

  // --- tasks ----------------------------------------------------------------------------------------

  /** The task of a deadline's sentence: its subject's owners (or the section's), and what is to be done. */
  private taskOf(line: string, phrase: DatePhrase, section: Section | null): PendingTask {
    let sentence = sentenceAround(line, phrase.start, phrase.end, 700);
    // What follows a semicolon after the date is another clause ("…; thời gian tiến hành không quá 01 ngày").
    const dateAt = sentence.indexOf(phrase.text);
    const semicolon = dateAt >= 0 ? sentence.indexOf(';', dateAt + phrase.text.length) : -1;
    if (semicolon >= 0) sentence = sentence.slice(0, semicolon);
    let inside: string | null = null;
    const parenthesis = parenthesisAround(line, phrase.start, phrase.end, 700);
    if (parenthesis) {
      // "Các tổ chức đảng … lập dự toán … (gửi về Phòng Tài chính - Kế hoạch trước ngày 01/11/2024)".
      inside = line.slice(parenthesis.open + 1, parenthesis.close);
      sentence = sentenceAround(line, Math.max(0, parenthesis.open - 1), parenthesis.open, 700).replace(
        /\($/,
        '',
      );
    }
    let main = clean(inside === null ? withoutDatePhrase(sentence, phrase.text) : sentence);
    let subject = this.owners.ownerAt(main, false);
    // "Thời gian: các đơn vị hoàn thành đại hội …": a short label before a colon is not the subject.
    const label = subject ? null : /^[^:,;.]{1,25}:\s*/u.exec(main);
    if (label) {
      const after = this.owners.ownerAt(main.slice(label[0].length), false);
      if (after) {
        main = main.slice(label[0].length);
        subject = after;
      }
    }
    let predicate = subject ? main.slice(subject.length) : main;
    // A citation says under which rule, not what to do: "lập dự toán theo Quyết định số 99-QĐ/TW …".
    const citation = predicate.search(CITATION_IN_PREDICATE);
    if (citation > 0) predicate = predicate.slice(0, citation);
    const action = inside === null ? '' : withoutDatePhrase(inside, phrase.text);
    let content = [predicate, action]
      .map(tidyTask)
      .filter((part) => part.length > 0)
      .map((part, i) => (i === 0 ? part : part.charAt(0).toLowerCase() + part.slice(1)))
      .join(', ');
    if (content.split(' ').length < 2) content = tidyTask(inside ?? sentence);
    return {
      text: content,
      owners: subject?.owners ?? section?.owners ?? [],
      ownerText: subject ? main.slice(0, subject.length).trim() : (section?.heading ?? null),
      due: phrase.date,
    };
  }

  /** A deadline whose task is the congress itself ("Các đơn vị hoàn thành đại hội trong quý I"). */
  private congressItself(task: PendingTask, date: IsoDate): boolean {
    // "Thời gian: Đại hội điểm hoàn thành trong tháng 11/2024" — the label before the colon aside.
    const text = task.text.replace(/^[^:,;.]{1,25}:\s*/u, '');
    if (!CONGRESS_ITSELF.test(text)) return false;
    const named = task.owners.flatMap((owner) => (owner.kind === 'unit' ? [owner.unit] : []));
    if (named.length > 0) {
      for (const unit of named) unit.deadline ??= date;
      return true;
    }
    if (task.owners.length > 0) {
      const pilotsOnly = task.owners.some((owner) => owner.kind === 'pilots');
      this.groupDeadlines.push({ scope: pilotsOnly ? 'pilots' : 'all', date });
      return true;
    }
    if (task.ownerText !== null && text === task.text) return false;
    // No subject at all: "Đại hội điểm hoàn thành trước …".
    this.groupDeadlines.push({ scope: scopeOfSubject(text), date });
    return true;
  }

  /** Under "Tổ chức thực hiện", each numbered part names who does what follows it. */
  private readTasks(
    line: BodyLine,
    phrases: readonly DatePhrase[],
    congressDeadlines: Set<DatePhrase>,
  ): void {
    const inCarryOut = line.path.some(
      (heading) => heading.level === 1 && /tổ chức thực hiện/iu.test(heading.text),
    );
    if (line.heading) {
      if (inCarryOut && line.heading.level >= 2) {
        const owner = this.owners.ownerAt(line.heading.text, true);
        this.section = owner ? { heading: clean(line.heading.text), owners: owner.owners } : null;
      } else if (inCarryOut && line.heading.level === 1) {
        this.section = null;
      }
      return;
    }
    const section = inCarryOut ? this.section : null;
    for (const phrase of phrases) {
      if (congressDeadlines.has(phrase)) continue;
      const task = this.taskOf(line.text, phrase, section);
      if (!this.congressItself(task, phrase.date!)) this.tasks.push(task);
    }
    // A part's other lines are tasks with no deadline; the closing "… thực hiện./." is none.
    if (section && phrases.length === 0 && !/\.\/\.\s*$/u.test(line.text))
      this.tasks.push({
        text: tidyTask(line.text),
        owners: section.owners,
        ownerText: section.heading,
        due: null,
      });
  }

  // --- the document ---------------------------------------------------------------------------------

  private readBodyLine(line: BodyLine): void {
    const raw = line.text;
    const headings = line.path.map((heading) => heading.text).join(' \n ');
    const phrases = this.readDates(raw, false);
    const { named, ends } = this.unitsOfLine(
      raw,
      headings,
      [...this.recent.slice(-2), raw.slice(0, 300)].join(' \n '),
    );
    if (named.length > 0) this.lastNamed = named;
    if (this.termEndInLine || /không\s{1,3}(?:tổ chức|tiến hành)\s{1,3}đại hội/iu.test(raw))
      for (const unit of named) unit.notHolding = true;
    const congressDeadlines = this.readFigures(line, phrases, named, ends);
    this.readClaims(raw);
    this.readTasks(line, phrases, congressDeadlines);
    this.recent.push(raw.length > 300 ? raw.slice(0, 300) : raw);
    if (this.recent.length > 3) this.recent.shift();
  }

  /** The attached list: numbered rows of units under its caption. */
  private readList(): void {
    let caption = '';
    let captionKey = '';
    let captionOpen = true;
    for (const { text: line } of this.document.list) {
      this.readDates(line, false);
      const row = /^\s*(\d{1,3})[.)]?[\t ]+(\S.*)$/u.exec(line);
      if (!row) {
        if (/^\s*STT\b/u.test(line)) captionOpen = false;
        else if (captionOpen) caption = `${caption} ${line}`.slice(-600);
        continue;
      }
      captionOpen = false;
      const cell = row[2]!.split(/\t| {2,}/)[0]!.trim();
      const match = unitNames(cell)[0];
      if (match?.start !== 0) continue;
      const whole = { ...match, name: cell.replace(/\s+/g, ' '), end: cell.length };
      captionKey ||= matchKey(caption);
      this.remember(whole, typeOf(whole, '', captionKey), null, caption, true);
    }
  }

  /**
   * Deadlines for "Đại hội điểm: …" cover pilot units without their own; "Đại hội chi đoàn …" the
   * others; "Các đơn vị hoàn thành đại hội …" all. The first of each kind is the one that counts.
   */
  private settleGroupDeadlines(): void {
    const first: Record<GroupScope, IsoDate | null> = { pilots: null, others: null, all: null };
    for (const { scope, date } of this.groupDeadlines) first[scope] ??= date;
    const days: Record<GroupScope, number | null> = { pilots: null, others: null, all: null };
    for (const group of this.groupDays) days[group.scope] ??= group.days;
    this.settleGroupDays(days);
    const parentNames = new Set(this.units.map((unit) => unit.parent).filter((name) => name !== null));
    for (const unit of this.units) {
      if (unit.deadline || unit.issuer || unit.notHolding || unit.type === 'Cơ quan') continue;
      const named = unit.fromList || unit.directElection || unit.total !== null || unit.days !== null;
      // A đảng bộ named only as its chi bộ's parent holds no congress of its own.
      if (unit.pilot && (named || !parentNames.has(unit.name))) unit.deadline = first.pilots ?? first.all;
      else if (!unit.pilot && named) unit.deadline = first.others ?? first.all;
    }
  }

  /** Days stated for a group go to its units that have none of their own (once they hold a congress). */
  private settleGroupDays(days: Record<GroupScope, number | null>): void {
    if (days.pilots === null && days.others === null && days.all === null) return;
    for (const unit of this.units) {
      if (unit.days !== null || unit.issuer || unit.notHolding || unit.type === 'Cơ quan') continue;
      const named = unit.fromList || unit.directElection || unit.total !== null;
      if (unit.pilot) unit.days = days.pilots ?? days.all;
      else if (named) unit.days = days.others ?? days.all;
    }
  }

  /**
   * A type the title alone states for a kind of unit ("đại hội điểm chi bộ trực thuộc"): the chi bộ
   * typed by default take it. A title naming two kinds for one type word changes nothing.
   */
  private typeFromTitle(): void {
    const named = typesNamed(this.identity.title);
    const only = (candidates: readonly UnitType[]) => {
      const found = candidates.filter((type) => named.includes(type));
      return found.length === 1 ? found[0]! : null;
    };
    const byWord: Record<string, UnitType | null> = {
      'Chi bộ': only(['Chi bộ trực thuộc', 'Chi bộ cơ sở']),
      'Chi đoàn': only(['Chi đoàn', 'Chi đoàn cơ sở']),
    };
    for (const unit of this.units) {
      const type = byWord[unit.typeWord];
      if (type && !unit.typeSure) unit.type = type;
    }
  }

  private result(): ImportResult {
    const { units, identity } = this;
    // Which units hold a congress under this plan: one with figures, a listed one, a direct election.
    const hasFigures = (unit: UnitRecord) =>
      unit.fromList || unit.total !== null || unit.days !== null || unit.deadline !== null;
    const holds = (unit: UnitRecord) =>
      !unit.issuer && unit.type !== 'Cơ quan' && (hasFigures(unit) || unit.directElection);
    for (const unit of units) unit.pilot &&= hasFigures(unit);

    this.typeFromTitle();
    // Stated counts, checked against the attached list (or the units of the text), give types.
    const listed = units.filter((unit) => unit.fromList);
    const checks: CountCheck[] = typeFromCounts(
      listed.length > 0 ? listed : units.filter(holds),
      this.claims,
    );

    const issuer = this.issuerUnit;
    if (issuer)
      for (const unit of units)
        if (unit !== issuer && !unit.parent && fitsUnder(unit.type, issuer.type)) unit.parent = issuer.name;

    const { tasks, bodies } = this.settleTasks(units.filter(holds));

    // The term each congress opens, from the kind of unit the plan states it for.
    const termOf = (unit: UnitRecord): string | null =>
      identity.terms.find((rule) => rule.types.length === 0 || rule.types.includes(unit.type))?.term ?? null;
    for (const other of identity.otherTerms) {
      const stated = identity.terms.find((rule) => rule.types.some((type) => other.types.includes(type)));
      if (stated && stated.term !== other.term)
        this.skip(`nhiệm kỳ ${other.term}`, 'otherTerm', identity.otherTermsSource);
    }

    // "Ban Thường vụ Huyện ủy ban hành …" with no header: the issuer's level, not its name.
    if (identity.organisationName && !identity.issuingBodyNamed)
      this.skip(identity.organisationName, 'unnamedIssuer', identity.actor ?? identity.organisationName);

    // A unit only mentioned (no congress, no task, no child, not the issuer) is reported, not added.
    const parents = new Set(units.map((unit) => unit.parent).filter((name) => name !== null));
    const owners = new Set(tasks.map((task) => task.owner));
    const kept = units.filter((unit) => {
      const role = unit.issuer || holds(unit) || parents.has(unit.name) || owners.has(unit.name);
      if (!role) this.skip(unit.name, 'mentioned', unit.name);
      return role;
    });

    const organisation =
      identity.organisation ??
      (units.length > 0 && units.every((unit) => /đoàn/iu.test(unit.typeWord)) ? 'Đoàn' : null);
    return {
      deadlines: this.deadlines,
      references: this.references,
      units: [...kept, ...bodies].map((unit) => ({
        name: unit.name,
        type: unit.type,
        members: unit.members,
        invited: unit.invited,
        total: unit.total,
        days: unit.days,
        deadline: unit.deadline,
        parent: unit.parent,
        pilot: unit.pilot,
        directElection: unit.directElection,
        congress: holds(unit),
        newTerm: holds(unit) ? termOf(unit) : null,
      })),
      emails: [
        ...new Set(this.text.match(/[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}/g) ?? []),
      ],
      text: this.text,
      plan: planOf(identity, organisation, this.documents),
      tasks,
      documents: this.documents,
      skipped: this.skipped,
      checks,
    };
  }

  /**
   * Tasks with their owners: one task per owner when several units must each do it; bodies that own a
   * dated task become `Cơ quan` units. A task with no deadline is listed with its owner as the plan
   * names it, and makes no row.
   */
  private settleTasks(congressUnits: readonly UnitRecord[]): { tasks: ImportedTask[]; bodies: UnitRecord[] } {
    const tasks: ImportedTask[] = [];
    const bodies: UnitRecord[] = [];
    const seenBodies = new Set<UnitRecord>();
    for (const task of this.tasks) {
      if (task.due === null) {
        tasks.push({ text: task.text, owner: task.ownerText, due: null });
        continue;
      }
      const owners = task.owners.flatMap((owner) => this.owners.resolve(owner, congressUnits));
      if (owners.length === 0) tasks.push({ text: task.text, owner: null, due: task.due });
      for (const owner of owners) {
        tasks.push({ text: task.text, owner: owner.name, due: task.due });
        if (owner.type === 'Cơ quan' && !seenBodies.has(owner)) {
          seenBodies.add(owner);
          bodies.push(owner);
        }
      }
    }
    return { tasks, bodies };
  }
}

export function extractPlan(input: string): ImportResult {
  return new PlanReader(input).read();
}

function planOf(
  identity: PlanIdentity,
  organisation: Organisation | null,
  documents: readonly CitedDocument[],
): ImportedPlan {
  // The report's symbol: the plan's own ("Số 312-KH/HU" -> "BC/HU"), else that of a plan the same body
  // issued and the text cites, else the number of the list attached to it.
  const suffix = (number: string | null) => {
    const at = number?.indexOf('/') ?? -1;
    return number && at >= 0 ? number.slice(at + 1) : null;
  };
  const key = identity.organisationName ? matchKey(identity.organisationName) : null;
  const own = documents.find(
    (cited) => key && cited.issuer && matchKey(cited.issuer).endsWith(key) && suffix(cited.number),
  );
  const symbol =
    (identity.numberFrom === 'header' ? suffix(identity.number) : null) ??
    suffix(own?.number ?? null) ??
    suffix(identity.number);
  return {
    title: identity.title,
    organisation,
    issuingBody: identity.issuingBody,
    parentBody: identity.parentBody,
    place: identity.place,
    number: identity.number,
    date: identity.date,
    reportSymbol: symbol ? `BC/${symbol}` : null,
    onBehalfOf: identity.onBehalfOf,
    signerTitle: identity.signerTitle,
    signer: identity.signer,
    basis: basisSentence(identity),
  };
}
