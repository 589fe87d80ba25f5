import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TAnnualReportDetail } from '@shezu/contracts';
import { mockApi, type Call } from '../../../test/fetchMock';
import { shellRoutes } from '../../../test/orgFixtures';
import { orgAccountMe } from '../testFixtures';

type Routes = Parameters<typeof mockApi>[0];

/** The fill page's calls: the session, the layout's counters and the report itself. */
export function mockReport(detail: TAnnualReportDetail, extra: Routes = {}) {
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: orgAccountMe() },
    [`GET /api/annual-reports/${detail.id}`]: { body: detail },
    ...extra,
  });
}

export const puts = (calls: Call[]) => calls.filter((c) => c.method === 'PUT');

/** The input of an indicator (its id is the indicator's code). */
export const inputOf = (code: string) => {
  const field = screen.getByTestId(`field-${code}`);
  const input = field.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${code}`);
  if (!input) throw new Error(`no input for ${code}`);
  return input;
};

export const type = (code: string, value: string) => fireEvent.change(inputOf(code), { target: { value } });

export async function openSection(section: string) {
  fireEvent.click(await screen.findByTestId(`step-${section}`));
  await screen.findByTestId(`section-${section}`);
}

/** Presses OK in the open confirmation bubble. */
export async function confirmPopup() {
  const ok = await waitFor(() => {
    const button = document.querySelector<HTMLElement>('.ant-popconfirm-buttons .ant-btn-primary');
    if (!button) throw new Error('no confirmation open');
    return button;
  });
  fireEvent.click(ok);
}

export const issuesText = (code: string) => within(screen.getByTestId(`field-${code}`)).getByTestId(`issues-${code}`);
