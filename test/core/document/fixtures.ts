/** Small official documents for the renderer tests, one per variant. */
import { cell, type OfficialDocument, paragraph, section } from '../../../src/core/document/model';

export const HOSTILE = `<script>alert(1)</script> & "x" ]]> \u0001\u0008\u000b\ufffe`;

export function sampleDocument(overrides: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    organisation: 'Đảng',
    fileTitle: 'BÁO CÁO Tiến độ',
    header: {
      parentBody: 'Đảng bộ tỉnh Lai Châu',
      issuingBody: 'Huyện ủy Tam Đường',
      number: { value: '12', symbol: 'BC/HU' },
      place: 'Tam Đường',
      date: '2025-01-09',
    },
    title: { type: 'BÁO CÁO', summary: ['Tiến độ chuẩn bị đại hội điểm'] },
    body: [
      section('Tình hình chung', [paragraph('Theo dõi 2 đại hội.')]),
      section('Tiến độ', [
        section('Quá hạn', [
          {
            kind: 'table',
            columns: [{ width: 30 }, { width: 70, align: 'right' }],
            header: ['Đơn vị', 'Số'],
            rows: [
              { group: true, cells: [cell('Đơn vị chủ trì: Văn phòng', { colSpan: 2 })] },
              { cells: [cell('Chi bộ 02'), cell({ text: 'quá 3 ngày', tone: 'alert' })] },
              { total: true, cells: [cell('Tổng cộng'), cell('1')] },
            ],
          },
        ]),
        section('Sắp đến hạn', [paragraph('Không có.')]),
      ]),
      { kind: 'progress', label: 'Đã tổ chức', done: 1, total: 2 },
    ],
    recipients: ['- Thường trực Tỉnh ủy (b/c),', '- Lưu.'],
    signature: { onBehalfOf: 't/m ban thường vụ', title: 'bí thư', name: 'Tần Thị Quế' },
    ...overrides,
  };
}

/** The same document with hostile text in every field a workbook can fill. */
export function hostileDocument(): OfficialDocument {
  return sampleDocument({
    fileTitle: HOSTILE,
    header: {
      parentBody: HOSTILE,
      issuingBody: HOSTILE,
      number: { value: HOSTILE, symbol: HOSTILE },
      place: HOSTILE,
      date: '2025-01-09',
    },
    title: { type: 'BÁO CÁO', summary: [HOSTILE], notes: [[{ text: HOSTILE, italic: true }]] },
    body: [
      section(HOSTILE, [
        paragraph([HOSTILE, { text: HOSTILE, bold: true, underline: true, tone: 'muted', size: 9 }]),
        {
          kind: 'table',
          columns: [{ width: 50 }, { width: 50 }],
          header: [HOSTILE, HOSTILE],
          rows: [{ cells: [cell(HOSTILE), { lines: [[HOSTILE], [HOSTILE]] }] }],
        },
        { kind: 'progress', label: HOSTILE, done: 1, total: 3 },
      ]),
    ],
    recipients: [HOSTILE],
    signature: { onBehalfOf: HOSTILE, title: HOSTILE, name: HOSTILE },
  });
}
