import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { YearEditor } from './YearEditor';
import type { CalendarDay } from './api';
import { apiError, mockApi } from '../../test/fetchMock';
import { renderApp } from '../../test/render';

const days: CalendarDay[] = [
  { date: '2026-01-01', kind: 'holiday', name: '元旦' },
  { date: '2026-01-02', kind: 'holiday', name: '元旦' },
  { date: '2026-01-03', kind: 'holiday', name: '元旦' },
  { date: '2026-01-04', kind: 'workday', name: '元旦调休上班' },
  { date: '2026-02-15', kind: 'holiday', name: '春节' },
  { date: '2026-02-16', kind: 'holiday', name: '春节' },
  { date: '2026-02-14', kind: 'workday', name: '春节调休上班' },
];

const renderEditor = () =>
  renderApp(
    <YearEditor
      year={2026}
      version={3}
      source="国务院办公厅关于2026年部分节假日安排的通知"
      days={days}
      onClose={vi.fn()}
    />,
  );

describe('holiday year editor', () => {
  it('sends the whole year day by day and shows the API’s per-day errors beside the range holding the day', async () => {
    const { calls } = mockApi({
      'PUT /api/calendar/years/:year': apiError(400, 'VALIDATION_FAILED', '2026-02-16 重复或既是假日又是调休上班日', {
        'holidays.4.date': '2026-02-16 重复或既是假日又是调休上班日',
        'workdays.1.date': '2026-02-14 不是周末，无需调休上班',
      }),
    });
    renderEditor();
    fireEvent.click(screen.getByTestId('calendar-save'));

    const springRow = await screen.findByTestId('holiday-row-1');
    expect(await within(springRow).findByText('2026-02-16 重复或既是假日又是调休上班日')).toBeInTheDocument();
    expect(within(screen.getByTestId('holiday-row-0')).queryByText(/重复/)).not.toBeInTheDocument();
    expect(
      within(screen.getByTestId('workday-row-1')).getByText('2026-02-14 不是周末，无需调休上班'),
    ).toBeInTheDocument();

    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe('/api/calendar/years/2026');
    expect(put?.body).toEqual({
      source: '国务院办公厅关于2026年部分节假日安排的通知',
      version: 3,
      holidays: [
        { date: '2026-01-01', name: '元旦' },
        { date: '2026-01-02', name: '元旦' },
        { date: '2026-01-03', name: '元旦' },
        { date: '2026-02-15', name: '春节' },
        { date: '2026-02-16', name: '春节' },
      ],
      workdays: [
        { date: '2026-01-04', name: '元旦调休上班' },
        { date: '2026-02-14', name: '春节调休上班' },
      ],
    });
  });

  it('shows the API’s refusal for administrators below province level', async () => {
    mockApi({ 'PUT /api/calendar/years/:year': apiError(403, 'FORBIDDEN', '节假日安排由省级及以上管理员维护') });
    renderEditor();
    fireEvent.click(screen.getByTestId('calendar-save'));
    expect(await screen.findByTestId('calendar-error')).toHaveTextContent('节假日安排由省级及以上管理员维护');
  });
});
