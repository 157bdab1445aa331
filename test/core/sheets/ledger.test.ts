/** The `Nhật ký gửi` columns: what a run writes is what the next run reads back. */
import {
  LEDGER_NOTE_COLUMN,
  LEDGER_TAB,
  type LedgerEntry,
  ledgerEntryOf,
  mailText,
  rowOf,
} from '../../../src/core';

const ENTRY: LedgerEntry = {
  period: '2024-12-21',
  kind: 'Gửi ngay',
  email: 'vp@example.vn',
  name: 'Văn phòng',
  scope: 'Tất cả',
  status: 'Đã gửi',
  time: '21/12/2024 07:05',
  error: '',
};

test('the header is the contract’s and every column is plain text', () => {
  expect(LEDGER_TAB.columns.map((column) => column.header)).toEqual(Object.values(mailText.ledgerHeader));
  expect(LEDGER_TAB.columns.every((column) => column.format === 'text')).toBe(true);
  expect(LEDGER_TAB.columns[LEDGER_NOTE_COLUMN - 1]!.header).toBe('Ghi chú lỗi');
});

test('a row read back is the entry written', () => {
  expect(rowOf(LEDGER_TAB, ENTRY)).toEqual([
    '2024-12-21',
    'Gửi ngay',
    'vp@example.vn',
    'Văn phòng',
    'Tất cả',
    'Đã gửi',
    '21/12/2024 07:05',
    '',
  ]);
  expect(ledgerEntryOf(rowOf(LEDGER_TAB, ENTRY) as string[])).toEqual(ENTRY);
  expect(ledgerEntryOf(['2024-12-21'])).toEqual({
    ...ENTRY,
    kind: '',
    email: '',
    name: '',
    scope: '',
    status: '',
    time: '',
  });
});
