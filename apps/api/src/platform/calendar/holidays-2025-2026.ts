/**
 * The State Council's notices for 2025 (国办发明电〔2024〕12号) and 2026 (published 2025-11-04), as
 * shipped defaults; admins maintain later years. Source: shared/docs/reference/evaluation-credit-holidays.md §3.
 */
export interface HolidayYear {
  year: number;
  source: string;
  holidays: { date: string; name: string }[];
  workdays: { date: string; name: string }[];
}

function range(from: string, to: string, name: string) {
  const out: { date: string; name: string }[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push({ date: new Date(t).toISOString().slice(0, 10), name });
  }
  return out;
}

export const SHIPPED_YEARS: HolidayYear[] = [
  {
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    holidays: [
      ...range('2025-01-01', '2025-01-01', '元旦'),
      ...range('2025-01-28', '2025-02-04', '春节'),
      ...range('2025-04-04', '2025-04-06', '清明节'),
      ...range('2025-05-01', '2025-05-05', '劳动节'),
      ...range('2025-05-31', '2025-06-02', '端午节'),
      ...range('2025-10-01', '2025-10-08', '国庆节、中秋节'),
    ],
    workdays: [
      { date: '2025-01-26', name: '春节调休上班' },
      { date: '2025-02-08', name: '春节调休上班' },
      { date: '2025-04-27', name: '劳动节调休上班' },
      { date: '2025-09-28', name: '国庆节调休上班' },
      { date: '2025-10-11', name: '国庆节调休上班' },
    ],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
    holidays: [
      ...range('2026-01-01', '2026-01-03', '元旦'),
      ...range('2026-02-15', '2026-02-23', '春节'),
      ...range('2026-04-04', '2026-04-06', '清明节'),
      ...range('2026-05-01', '2026-05-05', '劳动节'),
      ...range('2026-06-19', '2026-06-21', '端午节'),
      ...range('2026-09-25', '2026-09-27', '中秋节'),
      ...range('2026-10-01', '2026-10-07', '国庆节'),
    ],
    workdays: [
      { date: '2026-01-04', name: '元旦调休上班' },
      { date: '2026-02-14', name: '春节调休上班' },
      { date: '2026-02-28', name: '春节调休上班' },
      { date: '2026-05-09', name: '劳动节调休上班' },
      { date: '2026-09-20', name: '国庆节调休上班' },
      { date: '2026-10-10', name: '国庆节调休上班' },
    ],
  },
];
