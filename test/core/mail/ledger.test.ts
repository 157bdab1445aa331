/** The delivery engine: what the ledger says before and after each send, quota, faults and dead runs. */
import fc from 'fast-check';
import {
  classifySendError,
  type LedgerEntry,
  type PlannedSend,
  runDeliveries,
  splitByLedger,
} from '../../../src/core';

const sends: PlannedSend[] = Array.from({ length: 5 }, (_, i) => ({
  kind: 'Báo cáo định kỳ',
  period: '2024-12-23',
  email: `nguoi${i + 1}@example.vn`,
  name: `Người ${i + 1}`,
  scope: 'Tất cả',
}));

/** A ledger held in memory the way the sheet holds it: a run's block of rows, updated in place. */
class MemoryLedger {
  readonly rows: LedgerEntry[] = [];
  writes: string[] = [];
  block() {
    const start = this.rows.length;
    return (index: number, rows: readonly LedgerEntry[]) => {
      this.writes.push(`${start + index}+${rows.length}`);
      rows.forEach((row, offset) => {
        this.rows[start + index + offset] = row;
      });
    };
  }
  view(): string[] {
    return this.rows.map(
      (r) => `${r.email.replace('@example.vn', '')} ${r.status}${r.error ? ` (${r.error})` : ''}`,
    );
  }
}

function run(
  ledger: MemoryLedger,
  list: readonly PlannedSend[],
  options: { quota?: number; fail?: Record<string, string>; budgetAfter?: number; delivered?: string[] } = {},
) {
  const delivered = options.delivered ?? [];
  let sendsDone = 0;
  const write = ledger.block();
  const report = runDeliveries(list, {
    quota: options.quota ?? 100,
    overBudget: () => options.budgetAfter !== undefined && sendsDone >= options.budgetAfter,
    stamp: () => '23/12/2024 09:00',
    send: (send) => {
      sendsDone++;
      const failure = options.fail?.[send.email];
      if (failure) throw new Error(failure);
      delivered.push(send.email);
    },
    write,
  });
  return { report, delivered };
}

test('one block write before the first send, then one write per message: outcome and the next pending mark', () => {
  const ledger = new MemoryLedger();
  const seen: string[][] = [];
  const write = ledger.block();
  runDeliveries(sends.slice(0, 3), {
    quota: 100,
    overBudget: () => false,
    stamp: () => '23/12/2024 09:00',
    send: () => {
      seen.push(ledger.view());
    },
    write,
  });
  expect(seen[0]).toEqual([
    'nguoi1 Đang gửi',
    'nguoi2 Chờ lượt sau (Chưa gửi: lượt gửi dừng trước thư này; lượt sau sẽ gửi.)',
    'nguoi3 Chờ lượt sau (Chưa gửi: lượt gửi dừng trước thư này; lượt sau sẽ gửi.)',
  ]);
  expect(seen[1]!.slice(0, 2)).toEqual(['nguoi1 Đã gửi', 'nguoi2 Đang gửi']);
  expect(ledger.view()).toEqual(['nguoi1 Đã gửi', 'nguoi2 Đã gửi', 'nguoi3 Đã gửi']);
  expect(ledger.writes).toEqual(['0+3', '0+2', '1+2', '2+1']);
});

test('quota: those beyond it wait for the next run, which sends only them', () => {
  const ledger = new MemoryLedger();
  const first = run(ledger, sends, { quota: 2 });
  expect(first.delivered).toEqual(['nguoi1@example.vn', 'nguoi2@example.vn']);
  expect(ledger.view().slice(1)).toEqual([
    'nguoi2 Đã gửi',
    'nguoi3 Chờ lượt sau (Hết hạn mức gửi thư trong ngày; sẽ gửi ở lượt sau.)',
    'nguoi4 Chờ lượt sau (Hết hạn mức gửi thư trong ngày; sẽ gửi ở lượt sau.)',
    'nguoi5 Chờ lượt sau (Hết hạn mức gửi thư trong ngày; sẽ gửi ở lượt sau.)',
  ]);
  const again = run(ledger, splitByLedger(sends, ledger.rows).toSend);
  expect(again.delivered).toEqual(['nguoi3@example.vn', 'nguoi4@example.vn', 'nguoi5@example.vn']);
});

test('quota 0 or -1 (as MailApp reports once spent): nothing is tried, everyone waits', () => {
  for (const quota of [0, -1]) {
    const ledger = new MemoryLedger();
    const { report, delivered } = run(ledger, sends.slice(0, 2), { quota });
    expect(delivered).toEqual([]);
    expect(report.deferred).toHaveLength(2);
    expect(ledger.writes).toEqual(['0+2']);
  }
});

test('a bad address is logged as Lỗi and the rest go; a quota error stops the run', () => {
  const ledger = new MemoryLedger();
  const { report } = run(ledger, sends, {
    fail: {
      'nguoi2@example.vn': 'Invalid email: nguoi2@example.vn',
      'nguoi4@example.vn': 'Service invoked too many times for one day: email.',
    },
  });
  expect(report.failed.map((f) => f.send.email)).toEqual(['nguoi2@example.vn']);
  expect(ledger.view()).toEqual([
    'nguoi1 Đã gửi',
    'nguoi2 Lỗi (Invalid email: nguoi2@example.vn)',
    'nguoi3 Đã gửi',
    'nguoi4 Chờ lượt sau (Hết hạn mức gửi thư trong ngày; sẽ gửi ở lượt sau.)',
    'nguoi5 Chờ lượt sau (Hết hạn mức gửi thư trong ngày; sẽ gửi ở lượt sau.)',
  ]);
});

test('transient faults wait for the next run; three in a row stop this one', () => {
  const down = 'We are sorry, a server error occurred. Please wait a bit and try again.';
  const ledger = new MemoryLedger();
  const { delivered } = run(ledger, sends, {
    fail: { 'nguoi1@example.vn': down, 'nguoi2@example.vn': down, 'nguoi3@example.vn': down },
  });
  expect(delivered).toEqual([]);
  expect(ledger.view()[0]).toBe(
    `nguoi1 Chờ lượt sau (Dịch vụ thư tạm thời lỗi (${down}); sẽ thử lại ở lượt sau.)`,
  );
  expect(ledger.view().slice(3)).toEqual([
    'nguoi4 Chờ lượt sau (Dịch vụ thư lỗi liên tiếp nhiều lần; lượt này dừng, sẽ gửi ở lượt sau.)',
    'nguoi5 Chờ lượt sau (Dịch vụ thư lỗi liên tiếp nhiều lần; lượt này dừng, sẽ gửi ở lượt sau.)',
  ]);
});

test('the time budget: once spent, the rest wait for the next run', () => {
  const ledger = new MemoryLedger();
  const { delivered } = run(ledger, sends, { budgetAfter: 2 });
  expect(delivered).toHaveLength(2);
  expect(ledger.view().slice(2)).toEqual(
    ['nguoi3', 'nguoi4', 'nguoi5'].map(
      (n) => `${n} Chờ lượt sau (Hết thời gian của lượt chạy; sẽ gửi ở lượt sau.)`,
    ),
  );
});

test('classifySendError', () => {
  expect(classifySendError('Limit exceeded: Email Recipients Per Day')).toBe('quota');
  expect(classifySendError('Service invoked too many times in a short time: email.')).toBe('transient');
  expect(classifySendError("Can't send mail - all recipients were rejected: 452 4.2.2 Mailbox full")).toBe(
    'transient',
  );
  expect(classifySendError("Can't send mail - all recipients were rejected: 550 no such user")).toBe(
    'permanent',
  );
  expect(classifySendError('Invalid email: x')).toBe('permanent');
});

/**
 * A run may die at any service call: inside a send (before or after the message left) or at any ledger
 * write. Whatever the point, the next run under the same ledger never sends a message twice, and every
 * message is either delivered or shown as Đang gửi (unknown) — at most one of them per dead run.
 */
test('killed at any point and resumed: no duplicates, and nobody missed except the one shown unconfirmed', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 12 }), fc.boolean(), (killAt, afterSending) => {
      const ledger = new MemoryLedger();
      const delivered: string[] = [];
      let calls = 0;
      let dead = false;
      const tick = () => {
        // Once dead, every later call fails too (the engine's own catch cannot write either).
        if (dead || calls++ === killAt) {
          dead = true;
          throw new Error('Exceeded maximum execution time');
        }
      };
      const write = ledger.block();
      try {
        runDeliveries(sends, {
          quota: 100,
          overBudget: () => false,
          stamp: () => 't',
          send: (send) => {
            if (!afterSending) tick();
            delivered.push(send.email);
            if (afterSending) tick();
          },
          write: (index, rows) => {
            tick();
            write(index, rows);
          },
        });
      } catch {
        // the execution died: nothing of it runs any more
      }
      const next = splitByLedger(sends, ledger.rows);
      run(ledger, next.toSend, { delivered });
      const counts = new Map<string, number>();
      for (const email of delivered) counts.set(email, (counts.get(email) ?? 0) + 1);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      const missed = sends.filter((s) => !counts.has(s.email)).map((s) => s.email);
      expect(missed.length).toBeLessThanOrEqual(1);
      expect(next.unconfirmed.length).toBeLessThanOrEqual(1);
      for (const email of missed) expect(next.unconfirmed.map((s) => s.email)).toContain(email);
    }),
  );
});
