import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';

describe('非法社会组织警示曝光 (portal)', () => {
  it('lists the published bans with the deciding bureau and the decision number', async () => {
    mockApi({
      'GET /api/me': { status: 401, body: { code: 'UNAUTHENTICATED', message: '请先登录' } },
      'GET /api/public/illegal-org-warnings': {
        body: {
          items: [
            {
              id: 3,
              name: '衢州国学文化研究总会',
              regionCode: '330802005',
              regionName: '府山街道',
              summary: '未经登记擅自以社会团体名义收取会费',
              bannedOn: '2026-05-04',
              authorityName: '柯城区民政局',
              documentNumber: '柯民取缔〔2026〕1号',
            },
          ],
          nextCursor: null,
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/portal/illegal-orgs' });
    const item = await screen.findByTestId('public-illegal-org');
    expect(item).toHaveTextContent('衢州国学文化研究总会');
    expect(item).toHaveTextContent('柯城区民政局于2026-05-04依法取缔');
    expect(item).toHaveTextContent('柯民取缔〔2026〕1号');
  });
});

describe('非法社会组织查处 (staff)', () => {
  it('records the finding, then bans with the decision and links the 取缔决定书', async () => {
    const base = {
      id: 9,
      name: '衢州国学文化研究总会',
      regionCode: '330802005',
      authorityRegionCode: '330802',
      status: 'investigating' as const,
      source: 'public' as const,
      reporterName: '王举报',
      reporterPhone: '13912345678',
      reportedOn: '2026-04-28',
      activities: '以协会名义收取会费',
      places: '府山街道某写字楼',
      evidence: [],
      finding: null as string | null,
      foundOn: null as string | null,
      bannedOn: null as string | null,
      banDocumentId: null as number | null,
      banDocumentNumber: null as string | null,
      publicSummary: null as string | null,
      published: false,
      version: 2,
      notes: [{ id: 1, notedOn: '2026-05-02', text: '现场检查未登记', files: [], byName: '柯城区民政局登记员' }],
    };
    let current = { ...base };
    const api = mockApi({
      ...shellRoutes,
      'GET /api/me': {
        body: meFixture({ permissions: ['account.self', 'todos.read', 'supervision.read', 'supervision.manage'] }),
      },
      'GET /api/illegal-orgs/9': () => ({ body: current }),
      'POST /api/illegal-orgs/9/finding': (call) => {
        const b = call.body as { finding: string; foundOn: string };
        current = { ...current, status: 'confirmed' as never, finding: b.finding, foundOn: b.foundOn, version: 3 };
        return { body: current };
      },
      'POST /api/illegal-orgs/9/ban': (call) => {
        const b = call.body as { publicSummary: string };
        current = {
          ...current,
          status: 'banned' as never,
          bannedOn: '2026-05-04',
          banDocumentId: 77,
          banDocumentNumber: '柯民取缔〔2026〕1号',
          publicSummary: b.publicSummary,
          published: true,
          version: 4,
        };
        return { body: current };
      },
    });
    renderApp(<AppRoutes />, { route: '/illegal-orgs/9' });
    expect(await screen.findByTestId('illegal-org-detail')).toHaveTextContent('现场检查未登记');
    const finding = screen.getByTestId('illegal-org-finding');
    fireEvent.change(within(finding).getAllByRole('textbox')[0]!, { target: { value: '属于非法社会组织' } });
    fireEvent.click(screen.getByTestId('illegal-org-finding-submit'));
    await waitFor(() => expect(screen.getByTestId('illegal-org-status')).toHaveTextContent('认定为非法社会组织'));
    expect(api.calls.find((c) => c.path.endsWith('/finding'))?.body).toMatchObject({
      illegal: true,
      finding: '属于非法社会组织',
      version: 2,
    });

    const ban = await screen.findByTestId('illegal-org-ban');
    const [decision, summary] = within(ban).getAllByRole('textbox');
    fireEvent.change(decision!, { target: { value: '依法予以取缔，收缴其印章和资料。' } });
    fireEvent.change(summary!, { target: { value: '未经登记收取会费' } });
    fireEvent.click(screen.getByTestId('illegal-org-ban-submit'));
    expect(await screen.findByText('柯民取缔〔2026〕1号')).toHaveAttribute('href', '/api/documents/77/pdf');
    expect(api.calls.find((c) => c.path.endsWith('/ban'))?.body).toEqual({
      decision: '依法予以取缔，收缴其印章和资料。',
      publicSummary: '未经登记收取会费',
      publish: true,
      version: 3,
    });
  });
});
