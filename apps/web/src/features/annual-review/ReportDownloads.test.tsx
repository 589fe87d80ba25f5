import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { renderApp } from '../../test/render';
import { bureauClerk, detailFixture } from './testFixtures';

const saved: string[] = [];
beforeEach(() => {
  saved.length = 0;
  URL.createObjectURL = vi.fn(() => 'blob:report');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

const pdf = (name: string) => ({
  raw: '%PDF-1.7',
  headers: {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="x.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
  },
});

describe('report downloads on the review page', () => {
  it('offers the report PDF, and the conclusion notice only once one was issued', async () => {
    let concluded = false;
    mockApi({
      ...shellRoutes,
      'GET /api/me': { body: bureauClerk },
      'GET /api/annual-reports/:id': () => ({
        body: detailFixture(concluded ? { status: 'concluded', conclusion: 'pass', hasConclusionNotice: true } : {}),
      }),
      'GET /api/annual-reports/:id/pdf': pdf('云阳县建筑业协会2025年度工作报告.pdf'),
      'GET /api/annual-reports/:id/conclusion-notice': pdf('云民检〔2026〕1号.pdf'),
    });
    const { unmount } = renderApp(<AppRoutes />, { route: '/annual-reports/21' });
    fireEvent.click(await screen.findByTestId('report-download-pdf'));
    await waitFor(() => expect(saved).toEqual(['云阳县建筑业协会2025年度工作报告.pdf']));
    expect(screen.queryByTestId('report-download-notice')).toBeNull();
    unmount();

    concluded = true;
    renderApp(<AppRoutes />, { route: '/annual-reports/21' });
    fireEvent.click(await screen.findByTestId('report-download-notice'));
    await waitFor(() => expect(saved).toContain('云民检〔2026〕1号.pdf'));
  });
});
