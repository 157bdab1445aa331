/**
 * End to end, as the office sees the result: the two example plans and a plan like an office's
 * finished one (test/helpers/office-plan.ts) go through `daihoi report`, and every point of the signed
 * report is checked in each form it takes: the HTML, the PDF's text, the Word file, the message
 * bodies, the `Báo cáo` tab and `--json`. The scoped notice and the size fallback of a message too.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type ParsedMail, simpleParser } from 'mailparser';
import { recipientMessages } from '../../src/cli/mail/recipient-messages';
import { findChromium } from '../../src/cli/pdf';
import { reportBuilder, validateWorkbook } from '../../src/core';
import { examplePlan } from '../../src/core/examples';
import { TAB } from '../../src/core/workbook/contract';
import { daihoi, tempDir } from '../helpers/cli';
import { generatePlan } from '../helpers/generate';
import {
  OFFICE_CODES,
  OFFICE_FIGURES,
  OFFICE_TASKS,
  OFFICE_TODAY,
  OFFICE_WORDS,
  officeTabs,
} from '../helpers/office-plan';
import { unzip } from '../helpers/unzip';
import { buildWorkbook } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

const withChromium = findChromium() ? describe : describe.skip;

/** Text with runs of white space made one space, so a phrase wrapped across lines still matches. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

function htmlText(html: string): string {
  const text = html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return flat(text);
}

function pdfText(file: string): string {
  const run = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(run.status).toBe(0); // poppler-utils
  // pdftotext joins a word it finds broken after a hyphen at a line's end; none is broken here.
  return flat(run.stdout);
}

/** No page ends on a responsible unit's title with its tasks on the next page. */
function expectGroupTitlesKeptWithTheirTasks(file: string): void {
  const run = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = run.stdout.split('\f').filter((page) => page.trim() !== '');
  expect(pages.length).toBeGreaterThan(1);
  for (const page of pages) {
    const lines = page.split('\n').map((line) => line.trim());
    const last = lines.filter((line) => line !== '' && !/^\d+$/.test(line)).at(-1) ?? '';
    expect(last).not.toMatch(/^Đơn vị chủ trì:/);
  }
}

/** The Word file's text, paragraph by paragraph, as Word shows it. */
function docxText(file: string): string {
  const xml = Buffer.from(unzip(readFileSync(file))['word/document.xml']!).toString('utf8');
  const paragraphs = xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  return flat(
    paragraphs
      .join(' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

/** A message's covering note and the document under it (the text part splits them with a rule). */
function messageParts(mail: ParsedMail): { cover: string; document: string } {
  const [cover = '', ...rest] = (mail.text ?? '').split('\n----------\n');
  return { cover: flat(cover), document: flat(rest.join('\n')) };
}

/** `phrases` appear in `text` in this order. */
function expectInOrder(text: string, phrases: readonly string[]): void {
  let from = 0;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase, from);
    expect({ phrase, found: at >= 0 }).toEqual({ phrase, found: true });
    from = at + phrase.length;
  }
}

/** Nothing about the data's own quality, and no clause that counts zero things. */
function expectNoInternalNotes(text: string): void {
  expect(text).not.toMatch(/Kiểm tra dữ liệu|\blỗi\b|cảnh báo|dữ liệu còn/i);
  expect(text).not.toMatch(/(^|[^\d.])0 (đại hội|công việc|khoản|đơn vị|lỗi|dòng|đại biểu|người)/);
  expect(text).not.toMatch(/\(0%\)|: 0\/\d/);
}

async function readMail(dir: string, name: string): Promise<ParsedMail> {
  return simpleParser(readFileSync(join(dir, name)));
}

withChromium('an office’s finished plan, end to end', () => {
  const dir = tempDir();
  const file = join(dir, 'ke-hoach.xlsx');
  const out = join(dir, 'bao-cao');
  let forms: Record<'html' | 'pdf' | 'docx' | 'mailHtml' | 'mailText', string>;
  let json: {
    totals: { overdue: number; dueSoon: number; budget: number; delegates: number; errors: number };
  };

  beforeAll(async () => {
    await writePlan(file, officeTabs());
    const run = daihoi(['report', file, '--out', out, '--today', OFFICE_TODAY]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const whole = await readMail(out, '001-Tan-Thi-Que.eml');
    forms = {
      html: htmlText(readFileSync(join(out, 'report.html'), 'utf8')),
      pdf: pdfText(join(out, 'report.pdf')),
      docx: docxText(join(out, 'report.docx')),
      // The HTML part without the covering note above the document.
      mailHtml: htmlText(whole.html || '').replace(/^.*?(?=ĐẢNG BỘ TỈNH LAI CHÂU)/, ''),
      mailText: messageParts(whole).document,
    };
    json = JSON.parse(
      daihoi(['report', file, '--out', join(dir, 'json'), '--today', OFFICE_TODAY, '--json']).stdout,
    );
  }, 120_000);

  test('the signed report opens with Căn cứ and follows the Party report’s order, in every form', () => {
    for (const [form, text] of Object.entries(forms)) {
      expect({ form, numbered: text.includes('Số 315-BC/HU') }).toEqual({ form, numbered: true });
      expectInOrder(text, [
        'BÁO CÁO',
        OFFICE_WORDS.basis,
        'TÌNH HÌNH CHUNG',
        'TIẾN ĐỘ TỪNG ĐẠI HỘI',
        'CÔNG VIỆC QUÁ HẠN VÀ SẮP ĐẾN HẠN',
        'DỰ TOÁN KINH PHÍ',
        'ĐÁNH GIÁ',
        ...OFFICE_WORDS.assessment,
        'ĐỀ XUẤT, KIẾN NGHỊ',
        ...OFFICE_WORDS.proposals,
        'Nơi nhận',
        ...OFFICE_WORDS.recipients,
        'Lưu',
        'T/M BAN THƯỜNG VỤ',
        'Tần Thị Quế',
      ]);
    }
  });

  test('the PDF never leaves a responsible unit’s title alone at the foot of a page', () => {
    expectGroupTitlesKeptWithTheirTasks(join(out, 'report.pdf'));
  });

  test('names, never codes; nothing about the data’s quality; no clause that counts zero things', () => {
    for (const [form, text] of Object.entries(forms)) {
      for (const code of OFFICE_CODES)
        expect({ form, code, found: text.includes(code) }).toMatchObject({ found: false });
      expectNoInternalNotes(text);
      expect(text).toContain('Ban Tổ chức Huyện ủy');
    }
  });

  test('a task completed on an unreadable or a future date is still overdue; the done one is not listed', () => {
    for (const text of Object.values(forms)) {
      expectInOrder(text, [
        'Có 3 công việc quá hạn và 1 công việc đến hạn trong 7 ngày tới',
        'Đơn vị chủ trì: Ban Tổ chức Huyện ủy',
        OFFICE_TASKS.byCommission,
      ]);
      expect(text).toContain(OFFICE_TASKS.unreadableDone);
      expect(text).toContain(OFFICE_TASKS.futureDone);
      expectInOrder(text, ['Đơn vị chủ trì: Văn phòng Huyện ủy', OFFICE_TASKS.dueSoon]);
      expect(text).not.toContain(OFFICE_TASKS.done);
    }
    expect(json.totals.overdue).toBe(3);
    expect(json.totals.dueSoon).toBe(1);
  });

  test('the budget: its total, unpriced lines in one sentence, a name shared by two categories once, the amount above the norm', () => {
    for (const text of Object.values(forms)) {
      expect(text).toContain(
        'Tổng dự toán: 79.600.000 đồng (bằng chữ: bảy mươi chín triệu sáu trăm nghìn đồng).',
      );
      expect(text).toContain(
        'Ngoài ra, 2 khoản chi của Chi bộ bản Nà Phát và Đảng bộ xã Bản Hon chưa có đơn giá nên chưa tính vào tổng dự toán.',
      );
      // The water lines (no price) are not rows of zeros.
      expect(text).not.toContain('Nước uống');
      const byCategory = text.slice(text.indexOf('Theo khoản chi'), text.indexOf('Khoản chi vượt định mức'));
      expect(byCategory.match(/Tiền ăn đại biểu/g)).toHaveLength(1);
      expect(byCategory).toContain('70.600.000');
      expect(text).toContain('Tổng số tiền vượt định mức: 2.650.000 đồng.');
    }
    expect(json.totals.budget).toBe(OFFICE_FIGURES.budget);
    expect(json.totals.delegates).toBe(OFFICE_FIGURES.delegates);
  });

  test('Nơi nhận is the office’s list and Lưu, not the mailing list', () => {
    for (const text of Object.values(forms)) {
      const block = text.slice(text.lastIndexOf('Nơi nhận'));
      expect(block).not.toMatch(/Vàng Văn Thắng|Lò Văn Minh/);
      expectInOrder(block, [...OFFICE_WORDS.recipients.map((line) => `- ${line},`), '- Lưu.']);
    }
  });

  test('every whole-plan recipient gets the same signed report, as PDF and Word too; the covering note carries the findings', async () => {
    const names = readdirSync(out).filter((name) => name.endsWith('.eml'));
    expect(names.sort()).toEqual(['001-Tan-Thi-Que.eml', '002-Vang-Van-Thang.eml', '003-Lo-Van-Minh.eml']);
    const first = await readMail(out, '001-Tan-Thi-Que.eml');
    const second = await readMail(out, '002-Vang-Van-Thang.eml');
    expect(second.html).toBe(first.html);
    for (const mail of [first, second]) {
      expect(mail.attachments.map((a) => a.filename)).toEqual([
        `Bao-cao-tien-do-${OFFICE_TODAY}.pdf`,
        `Bao-cao-tien-do-${OFFICE_TODAY}.docx`,
      ]);
      expect(mail.attachments[0]!.content.subarray(0, 5).toString()).toBe('%PDF-');
      const { cover } = messageParts(mail);
      expect(cover).toContain('3 lỗi và 2 cảnh báo');
      expect(cover).toContain('Kiểm tra dữ liệu');
    }
  });

  test('the scoped recipient gets a notice of their units: no number, no signature, no Nơi nhận, none of the office’s words', async () => {
    const mail = await readMail(out, '003-Lo-Van-Minh.eml');
    expect(mail.subject).toBe('Tiến độ đại hội ngày 05/01/2025 — Đảng bộ xã Bình Lư');
    expect(mail.attachments).toEqual([]);
    const text = messageParts(mail).document;
    const html = htmlText(mail.html || '');
    for (const part of [text, html]) {
      expectInOrder(part, [
        'HUYỆN ỦY TAM ĐƯỜNG',
        'Tam Đường, ngày 05 tháng 01 năm 2025',
        'Đảng bộ xã Bình Lư và các đơn vị trực thuộc',
      ]);
      expect(part).toContain(OFFICE_TASKS.unreadableDone);
      expect(part).toContain(OFFICE_TASKS.futureDone);
      // Outside the subtree: Bản Hon and the district's Cơ quan rows.
      expect(part).not.toMatch(/Bản Hon|Ban Tổ chức Huyện ủy|Văn phòng Huyện ủy/);
      expect(part).not.toMatch(/Số 315|BC\/HU|Nơi nhận|T\/M BAN THƯỜNG VỤ|BÍ THƯ|Tần Thị Quế/);
      expect(part).not.toContain(OFFICE_WORDS.basis);
      expect(part).not.toContain(OFFICE_WORDS.assessment[0]);
      for (const code of OFFICE_CODES) expect(part).not.toContain(code);
    }
    expectNoInternalNotes(text);
  });

  test('the Báo cáo tab: each total equals its column; the Cơ quan owning an overdue task has its row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'ke-hoach-bao-cao.xlsx'));
    const sheet = workbook.getWorksheet('Báo cáo')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows[1] as string[];
    const totalIndex = rows.findIndex((row) => row.includes('Tổng cộng'));
    expect(totalIndex).toBeGreaterThan(2);
    const body = rows.slice(2, totalIndex);
    const total = rows[totalIndex]!;
    const number = (value: unknown) => (typeof value === 'number' ? value : 0);
    for (const column of [
      'Thành viên dự',
      'Đại biểu mời',
      'Tổng đại biểu',
      'Dự toán (đồng)',
      'Việc quá hạn',
    ]) {
      const at = header.indexOf(column);
      const sum = body.reduce((acc, row) => acc + number(row[at]), 0);
      expect({ column, total: number(total[at]) }).toEqual({ column, total: sum });
    }
    const at = (column: string) => header.indexOf(column);
    expect(number(total[at('Việc quá hạn')])).toBe(3);
    expect(number(total[at('Dự toán (đồng)')])).toBe(OFFICE_FIGURES.budget);
    const commission = body.find((row) => row[at('Đơn vị')] === 'Ban Tổ chức Huyện ủy');
    expect(commission?.[at('Việc quá hạn')]).toBe(1);
  });
});

withChromium('the office’s printed estimates, end to end', () => {
  test('issued by the unit holding the congress under its parent, addressed to Nơi nhận dự toán, the line above its norm marked', async () => {
    const dir = tempDir();
    const file = join(dir, 'ke-hoach.xlsx');
    await writePlan(file, officeTabs());
    const out = join(dir, 'du-toan');
    const run = daihoi(['budget', file, '--print', out, '--today', OFFICE_TODAY]);
    expect(run.code).toBe(0);
    for (const text of [
      pdfText(join(out, 'du-toan-DV-NP2.pdf')),
      docxText(join(out, 'du-toan-DV-NP2.docx')),
    ]) {
      expectInOrder(text, ['ĐẢNG BỘ XÃ BÌNH LƯ', 'CHI BỘ BẢN NÀ PHÁT', 'DỰ TOÁN KINH PHÍ']);
      expect(text).not.toContain('HUYỆN ỦY TAM ĐƯỜNG');
      expectInOrder(text, [
        'Tiền ăn đại biểu',
        '200.000',
        '10.600.000',
        'Đơn giá vượt mức tối đa 150.000; số tiền vượt 2.650.000',
      ]);
      // Only that line is marked.
      expect(text.match(/vượt mức tối đa/g)).toHaveLength(1);
      expect(text).toContain(
        'Ghi chú: 1 khoản chi vượt định mức (đánh dấu trong bảng), số tiền vượt: 2.650.000 đồng.',
      );
      expectInOrder(text.slice(text.lastIndexOf('Nơi nhận')), [
        '- Phòng Tài chính - Kế hoạch huyện,',
        '- Văn phòng Huyện ủy,',
        '- Lưu.',
        'T/M CHI BỘ',
        'BÍ THƯ',
      ]);
      expect(text).not.toContain('Tần Thị Quế');
      for (const code of OFFICE_CODES) expect(text).not.toContain(code);
    }
    // Bản Hon's estimate: a đảng bộ issues as its đảng ủy, under the district's Party organisation.
    const banHon = pdfText(join(out, 'du-toan-DV-BH9.pdf'));
    expectInOrder(banHon, ['ĐẢNG BỘ HUYỆN TAM ĐƯỜNG', 'ĐẢNG ỦY XÃ BẢN HON', 'DỰ TOÁN KINH PHÍ']);
    expect(banHon).not.toMatch(/vượt/);
  }, 120_000);
});

withChromium('the example plans, end to end', () => {
  test('the district plan: Căn cứ first, names not codes, nothing counted at zero, its own Nơi nhận', async () => {
    const dir = tempDir();
    const file = join(dir, 'huyen.xlsx');
    expect(daihoi(['init', file, '--example']).code).toBe(0);
    const out = join(dir, 'bao-cao');
    expect(daihoi(['report', file, '--out', out, '--today', '2024-12-20']).code).toBe(0);
    const plan = examplePlan('huyen-uy');
    const settings = new Map(plan[TAB.settings]!.map((row) => [row.Khóa, String(row['Giá trị'] ?? '')]));
    const basis = flat(settings.get('Căn cứ') ?? '');
    expect(basis).not.toBe('');
    // A code that is also a word of the plan's own task texts (PTDTNT) is not looked for.
    const contents = plan[TAB.milestones]!.map((row) => String(row['Nội dung'])).join(' ');
    const codes = [
      ...plan[TAB.units]!.map((row) => String(row['Mã đơn vị'])),
      ...plan[TAB.milestones]!.map((row) => String(row['Mã công việc'])),
    ].filter((code) => !contents.includes(code));
    expect(codes.length).toBeGreaterThan(10);
    const texts = {
      html: htmlText(readFileSync(join(out, 'report.html'), 'utf8')),
      pdf: pdfText(join(out, 'report.pdf')),
      docx: docxText(join(out, 'report.docx')),
    };
    expectGroupTitlesKeptWithTheirTasks(join(out, 'report.pdf'));
    for (const text of Object.values(texts)) {
      expectInOrder(text, [
        'HUYỆN ỦY TAM ĐƯỜNG',
        'BÁO CÁO',
        basis,
        'TÌNH HÌNH CHUNG',
        'TIẾN ĐỘ TỪNG ĐẠI HỘI',
      ]);
      // Codes such as "BL" could be inside a word: look for them as words.
      for (const code of codes) expect(text).not.toMatch(new RegExp(`(^|[\\s(,;:])${code}([\\s),;:.]|$)`));
      expectNoInternalNotes(text);
      expect(text).not.toMatch(/Phong Thổ/);
      const recipients = (settings.get('Nơi nhận') ?? '').split('\n').filter(Boolean);
      if (recipients.length > 0)
        expectInOrder(
          text.slice(text.lastIndexOf('Nơi nhận')),
          recipients.map((line) => line.replace(/^-\s*/, '').replace(/[,;.]$/, '')),
        );
    }
  }, 120_000);

  test('the Youth Union plan: the Đoàn header, no budget section, its Nơi nhận with Lưu VP', async () => {
    const dir = tempDir();
    const file = join(dir, 'doan.xlsx');
    expect(daihoi(['init', file, '--example', 'doan']).code).toBe(0);
    const out = join(dir, 'bao-cao');
    expect(daihoi(['report', file, '--out', out, '--today', '2016-12-01']).code).toBe(0);
    for (const text of [
      htmlText(readFileSync(join(out, 'report.html'), 'utf8')),
      pdfText(join(out, 'report.pdf')),
      docxText(join(out, 'report.docx')),
    ]) {
      expect(text).toContain('ĐOÀN TNCS HỒ CHÍ MINH');
      expect(text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(text).not.toMatch(/DỰ TOÁN KINH PHÍ|Tổng dự toán|khoản chi/);
      expectNoInternalNotes(text);
      expectInOrder(text.slice(text.lastIndexOf('Nơi nhận')), ['- Các cơ sở Đoàn;', '- Lưu VP.']);
    }
  }, 120_000);
});

withChromium('a whole-plan message too large for a body', () => {
  test('goes as a short covering text with the report as PDF and Word, never a pasted 200 KB body', async () => {
    const dir = tempDir();
    const file = join(dir, 'tinh.xlsx');
    await writePlan(file, generatePlan(400));
    const out = join(dir, 'bao-cao');
    const run = daihoi(['report', file, '--out', out, '--today', '2025-03-01']);
    expect(run.code).toBe(0);
    // The report itself is far above the bound: pasting it would make the message huge.
    expect(readFileSync(join(out, 'report.html')).length).toBeGreaterThan(190_000);
    const raw = readFileSync(join(out, '001-Tan-Thi-Que.eml'));
    const mail = await simpleParser(raw);
    expect(mail.html).toBe(false);
    expect(Buffer.byteLength(mail.text ?? '')).toBeLessThan(2_000);
    expect(mail.text).toContain('tệp đính kèm');
    expect(mail.attachments.map((a) => a.filename)).toEqual([
      'Bao-cao-tien-do-2025-03-01.pdf',
      'Bao-cao-tien-do-2025-03-01.docx',
    ]);
    // The attached report is the whole report: its last congress is in the Word file.
    const word = docxText(join(out, 'report.docx'));
    expect(word).toContain('Đảng bộ xã số 399');
    expect(Buffer.from(unzip(mail.attachments[1]!.content)['word/document.xml']!).toString('utf8')).toContain(
      'Đảng bộ xã số 399',
    );
  }, 240_000);
});

test('a PDF too large for a mail server is left out: the Word file goes alone and the covering note names only it', () => {
  const { workbook, findings, today } = validateWorkbook(buildWorkbook(officeTabs()), {
    today: OFFICE_TODAY,
  });
  const model = reportBuilder({ workbook, findings, today })();
  const pdf = Buffer.alloc(2_000, 1);
  const build = (maxPdfBytes: number) =>
    recipientMessages({
      workbook,
      findings,
      today,
      withPdf: true,
      maxPdfBytes,
      signed: { model, html: '<html><body>báo cáo</body></html>', pdf },
    }).build(0).message;
  const small = build(10_000);
  expect(small.attachments.map((a) => a.filename)).toEqual([
    `Bao-cao-tien-do-${OFFICE_TODAY}.pdf`,
    `Bao-cao-tien-do-${OFFICE_TODAY}.docx`,
  ]);
  const large = build(1_000);
  expect(large.attachments.map((a) => a.filename)).toEqual([`Bao-cao-tien-do-${OFFICE_TODAY}.docx`]);
  expect(large.text).toContain(`Bao-cao-tien-do-${OFFICE_TODAY}.docx`);
  expect(large.text).not.toContain('.pdf');
});
