/** The `Nhật ký gửi` columns: what a run writes is what the next run reads back. */
import {
  headerRow,
  LEDGER_NOTE_COLUMN,
  LEDGER_TAB,
  type LedgerEntry,
  ledgerEntryOf,
  ledgerRow,
  mailText,
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
  expect(headerRow(LEDGER_TAB)).toEqual([...mailText.ledgerHeader]);
  expect(LEDGER_TAB.columns.every((column) => column.format === 'text')).toBe(true);
  expect(headerRow(LEDGER_TAB)[LEDGER_NOTE_COLUMN - 1]).toBe('Ghi chú lỗi');
});

test('a row read back is the entry written', () => {
  expect(ledgerRow(ENTRY)).toEqual([
    '2024-12-21',
    'Gửi ngay',
    'vp@example.vn',
    'Văn phòng',
    'Tất cả',
    'Đã gửi',
    '21/12/2024 07:05',
    '',
  ]);
  expect(ledgerEntryOf(ledgerRow(ENTRY))).toEqual(ENTRY);
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
