/** The engine's fourth outcome: a message that may have gone is kept `Đang gửi` and never resent by itself. */
import {
  type LedgerEntry,
  type PlannedSend,
  runDeliveries,
  SEND_STATUS,
  sendError,
  splitByLedger,
} from '../../../src/core';

const sends: PlannedSend[] = Array.from({ length: 6 }, (_, i) => ({
  kind: 'Gửi ngay',
  period: '2024-12-21',
  email: `nguoi${i + 1}@example.vn`,
  name: `Người ${i + 1}`,
  scope: 'Tất cả',
}));

function deliver(fail: (email: string) => Error | null) {
  const rows: LedgerEntry[] = [];
  const report = runDeliveries(sends, {
    quota: 100,
    overBudget: () => false,
    stamp: () => '21/12/2024 09:00',
    send: (send) => {
      const error = fail(send.email);
      if (error) throw error;
    },
    write: (index, written) => {
      written.forEach((row, offset) => {
        rows[index + offset] = row;
      });
    },
  });
  return { report, rows };
}

test('an unknown outcome is left Đang gửi with what happened, the others go, and the next run does not resend it', () => {
  const { report, rows } = deliver((email) =>
    email === 'nguoi2@example.vn' ? sendError('unknown', 'Connection closed unexpectedly') : null,
  );
  expect(report.unconfirmed.map((s) => s.email)).toEqual(['nguoi2@example.vn']);
  expect(report.sent).toHaveLength(5);
  expect(rows[1]!.status).toBe(SEND_STATUS.pending);
  expect(rows[1]!.error).toContain('Không rõ đã gửi được chưa');
  expect(rows[1]!.error).toContain('Connection closed unexpectedly');
  const next = splitByLedger(sends, rows);
  expect(next.toSend).toEqual([]);
  expect(next.unconfirmed.map((s) => s.email)).toEqual(['nguoi2@example.vn']);
});

test('a sender that names a failure transient is believed, whatever its words; three in a row stop the run', () => {
  const { report, rows } = deliver(() => sendError('transient', 'máy chủ thư không chào hỏi sau 10 giây'));
  expect(report.deferred).toHaveLength(6);
  expect(rows.map((row) => row.status)).toEqual(Array(6).fill(SEND_STATUS.deferred));
  expect(rows.slice(3).map((row) => row.error)).toEqual(
    Array(3).fill('Dịch vụ thư lỗi liên tiếp nhiều lần; lượt này dừng, sẽ gửi ở lượt sau.'),
  );
});
