import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { AppRoutes } from '../../../app/routes';
import { renderApp } from '../../../test/render';
import { detailFixture, savedFixture } from '../testFixtures';
import { inputOf, mockReport, puts, type } from './testSupport';
import { AUTOSAVE_DELAY_MS } from './useReportValues';

const ROUTE = '/annual-reports/31/fill';

afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('waits for a pause in typing, then sends only the changed values of that section', async () => {
    // Timers also advance by themselves, so the page can load; the pauses below are driven by hand.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { calls } = mockReport(detailFixture(), {
      'PUT /api/annual-reports/31/sections/:section': { body: savedFixture() },
    });
    renderApp(<AppRoutes />, { route: ROUTE });
    await screen.findByTestId('field-basic_contact_name');

    type('basic_contact_name', '王');
    act(() => void vi.advanceTimersByTime(1000));
    type('basic_contact_name', '王芳');
    act(() => void vi.advanceTimersByTime(1000));
    // 2 s since the first keystroke, 1 s since the last: nothing sent yet.
    expect(puts(calls)).toHaveLength(0);
    expect(screen.getByTestId('save-status')).toHaveTextContent('有修改未保存');

    act(() => void vi.advanceTimersByTime(AUTOSAVE_DELAY_MS));
    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(puts(calls)[0]!.path).toBe('/api/annual-reports/31/sections/basic');
    expect(puts(calls)[0]!.body).toEqual({ values: { basic_contact_name: '王芳' } });
    await waitFor(() => expect(localStorage.getItem('shezu.annualDraft.31.basic')).toBeNull());
  });

  it('restores edits the server never confirmed after a reload', async () => {
    localStorage.setItem('shezu.annualDraft.31.basic', JSON.stringify({ basic_contact_name: '赵六' }));
    const { calls } = mockReport(detailFixture(), {
      'PUT /api/annual-reports/31/sections/:section': { body: savedFixture() },
    });
    renderApp(<AppRoutes />, { route: ROUTE });
    await screen.findByTestId('report-restored');
    expect(inputOf('basic_contact_name')).toHaveValue('赵六');
    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(puts(calls)[0]!.body).toEqual({ values: { basic_contact_name: '赵六' } });
  });

  it('prefills a report not yet started from the register and marks what it filled', async () => {
    const { calls } = mockReport(detailFixture({ status: 'not_started', values: {} }), {
      'PUT /api/annual-reports/31/sections/:section': { body: savedFixture() },
    });
    renderApp(<AppRoutes />, { route: ROUTE });
    await screen.findByTestId('report-prefilled');
    expect(inputOf('basic_name')).toHaveValue('云阳县建筑业协会');
    expect(inputOf('basic_legal_rep')).toHaveValue('林明伟');
    expect(inputOf('basic_registered_funds')).toHaveValue('30000.00');
    expect(screen.getByTestId('prefilled-basic_name')).toHaveTextContent('已预填');
    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(puts(calls)[0]!.body).toMatchObject({
      values: { basic_name: '云阳县建筑业协会', basic_registered_funds: 3_000_000 },
    });
  });
});
