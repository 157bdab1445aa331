/** Scopes are cut only from a sound unit tree: the core's decision, and the needle test through it. */
import {
  blockedNotice,
  buildReport,
  planReminders,
  planSendNow,
  recipientsByScope,
  reportMessage,
  servedRecipients,
  validateWorkbook,
} from '../../../src/core';
import { scopeChecker } from '../../../src/core/mail/scope';
import { TAB } from '../../../src/core/workbook/contract';
import { foreignNeedles, NEEDLE_RECIPIENTS, NEEDLE_TODAY, needleTabs } from '../../helpers/needles';
import { buildWorkbook, cleanTabs, withCells } from '../../helpers/workbook-builder';

const validated = (tabs = cleanTabs()) => validateWorkbook(buildWorkbook(tabs), { today: '2024-12-01' });

describe('which scopes can be cut', () => {
  test('a sound tree: every scope, and Tất cả', () => {
    const check = scopeChecker(validated().workbook);
    for (const scope of ['HU', 'BL', 'CB02', 'BH', 'Tất cả']) expect(check(scope)).toEqual([]);
  });

  test('a code on two rows in different communes blocks both communes and the code, not the district', () => {
    // A second CB02 under Bản Hon: Bình Lư's recipient would read Bản Hon's chi bộ.
    const base = cleanTabs();
    const tabs = {
      ...base,
      [TAB.units]: [
        ...base[TAB.units],
        { ...base[TAB.units][2]!, 'Đơn vị cấp trên': 'BH', 'Tên đơn vị': 'Chi bộ khác' },
      ],
    };
    const check = scopeChecker(validated(tabs).workbook);
    const duplicated = { code: 'R001', units: ['CB02'], cells: ['Đơn vị!A4', 'Đơn vị!A6'] };
    expect(check('BL')).toEqual([duplicated]);
    expect(check('BH')).toEqual([duplicated]);
    expect(check('CB02')).toEqual([duplicated]);
    // Both rows sit under the district: nothing outside it can leak in.
    expect(check('HU')).toEqual([]);
  });

  test('a cycle through the scope blocks it (a commune whose parent is its own chi bộ would take in the district)', () => {
    const tabs = withCells(TAB.units, 0, { 'Đơn vị cấp trên': 'BL' }); // HU under BL, BL under HU
    const check = scopeChecker(validated(tabs).workbook);
    expect(check('BL')).toEqual([
      { code: 'R003', units: ['BL', 'HU', 'BL'], cells: ['Đơn vị!D3', 'Đơn vị!D2'] },
    ]);
    expect(check('HU')[0]?.code).toBe('R003');
    // Below the cycle, a unit's own subtree is still sound.
    expect(check('CB02')).toEqual([]);
  });

  test('blocked recipients are left out of every plan and listed with the findings', () => {
    const { workbook } = validateWorkbook(buildWorkbook(needleTabs()), { today: NEEDLE_TODAY });
    const served = servedRecipients(workbook).map((r) => r.scope);
    expect(served).toEqual(NEEDLE_RECIPIENTS.filter((r) => r.rows).map((r) => r.scope));
    expect(planSendNow(workbook, NEEDLE_TODAY).map((send) => send.scope)).toEqual(served);
    const { blocked } = recipientsByScope(workbook);
    expect(blocked.map((b) => b.recipient.scope)).toEqual(['X1', 'X2', 'X3', 'CB-TRUNG']);
    expect(blockedNotice([])).toEqual([]);
    expect(blockedNotice(blocked)).toEqual([
      '4 người nhận theo phạm vi không được gửi, để không lộ số liệu của đơn vị khác:',
      '- Xã Một <x1@huyen.example.vn> (phạm vi X1): không gửi, vì mã đơn vị "CB-TRUNG" có ở 2 dòng (R001: Đơn vị!A5, Đơn vị!A8), nên không xác định được đúng các đơn vị thuộc phạm vi này. Sửa tab Đơn vị rồi gửi lại.',
      '- Xã Hai <x2@huyen.example.vn> (phạm vi X2): không gửi, vì mã đơn vị "CB-TRUNG" có ở 2 dòng (R001: Đơn vị!A5, Đơn vị!A8), nên không xác định được đúng các đơn vị thuộc phạm vi này. Sửa tab Đơn vị rồi gửi lại.',
      '- Xã Ba <x3@huyen.example.vn> (phạm vi X3): không gửi, vì "Đơn vị cấp trên" đi vòng X3 → X3-CB1 → X3 (R003: Đơn vị!D9, Đơn vị!D10), nên không xác định được đúng các đơn vị thuộc phạm vi này. Sửa tab Đơn vị rồi gửi lại.',
      '- Chi bộ trùng <trung@huyen.example.vn> (phạm vi CB-TRUNG): không gửi, vì mã đơn vị "CB-TRUNG" có ở 2 dòng (R001: Đơn vị!A5, Đơn vị!A8), nên không xác định được đúng các đơn vị thuộc phạm vi này. Sửa tab Đơn vị rồi gửi lại.',
    ]);
  });

  test('a scoped report is never built from an unsound scope, even by a caller that forgot to check', () => {
    const { workbook, findings } = validateWorkbook(buildWorkbook(needleTabs()), { today: NEEDLE_TODAY });
    expect(() => buildReport({ workbook, findings, today: NEEDLE_TODAY, scope: 'X1' })).toThrow(/R001\/R003/);
  });

  test('no reminder goes to a code on two rows: whose tasks and whose address cannot be told', () => {
    const { workbook } = validateWorkbook(buildWorkbook(needleTabs()), { today: NEEDLE_TODAY });
    const reminded = planReminders(workbook, NEEDLE_TODAY).map((digest) => digest.unitCode);
    expect(reminded).not.toContain('CB-TRUNG');
    expect(reminded).toContain('X1-CB1');
  });
});

test('needles: every message the send plans holds no unit or task outside its scope (HTML, text, subject)', () => {
  const { workbook, findings } = validateWorkbook(buildWorkbook(needleTabs()), { today: NEEDLE_TODAY });
  const planned = planSendNow(workbook, NEEDLE_TODAY);
  for (const send of planned) {
    const expected = NEEDLE_RECIPIENTS.find((r) => r.email === send.email)!;
    const scope = send.scope === 'Tất cả' ? undefined : send.scope;
    const model = buildReport({ workbook, findings, today: NEEDLE_TODAY, ...(scope ? { scope } : {}) });
    // What goes out: the signed report for Tất cả, the progress notice of the subtree otherwise.
    const message = reportMessage(model, { pdf: false });
    const text = `${message.subject}\n${message.html ?? ''}\n${message.text}\n${message.documentHtml}`;
    // A blocked recipient (rows: null) must not be planned at all; a served one sees only its rows.
    expect({ scope: send.scope, foreign: foreignNeedles(text, expected.rows ?? []) }).toEqual({
      scope: send.scope,
      foreign: [],
    });
    expect(expected.rows).not.toBeNull();
  }
  expect(planned.map((send) => send.scope)).toEqual(['Tất cả', 'HU', 'X1-CB1', 'X3-CB2']);
});
