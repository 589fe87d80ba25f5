import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi } from '../../test/fetchMock';
import { renderApp } from '../../test/render';

const CODE = 'ysFuJygSZpKbg_KfjbJWXQ';
const doc = {
  number: '云民函〔2026〕1号',
  kind: 'letter',
  title: '云阳县民政局关于商请协助开展年度检查的函',
  issuer: '云阳县民政局',
  issuedAt: '2026-03-01T16:30:00Z',
  issueDate: '2026-03-02',
  checksum: '16723d1f7fb444d80a7eacd3730e54ff97b1b32d0d78ef02e4dcffc8dff98336',
  revoked: false,
  revokedAt: null,
};

describe('public verification page', () => {
  it('shows what the QR code vouches for without anyone signed in', async () => {
    const { paths } = mockApi({ [`GET /api/public/documents/${CODE}`]: { body: doc } });
    renderApp(<AppRoutes />, { route: `/verify/${CODE}` });

    expect(await screen.findByTestId('verify-number')).toHaveTextContent('云民函〔2026〕1号');
    expect(screen.getByText('云阳县民政局关于商请协助开展年度检查的函')).toBeInTheDocument();
    expect(screen.getByText('云阳县民政局')).toBeInTheDocument();
    expect(screen.getByText('2026年3月2日')).toBeInTheDocument();
    expect(screen.getByTestId('verify-checksum')).toHaveTextContent(doc.checksum);
    expect(screen.getByTestId('verify-valid')).toBeInTheDocument();
    // Outside the auth guard: no session is asked for and the staff menu is not there.
    expect(paths()).toEqual([`GET /api/public/documents/${CODE}`]);
    expect(screen.queryByTestId('main-menu')).not.toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(`/verify/${CODE}`);
  });

  it('says plainly when a document was revoked', async () => {
    mockApi({
      [`GET /api/public/documents/${CODE}`]: { body: { ...doc, revoked: true, revokedAt: '2026-03-05T02:00:00Z' } },
    });
    renderApp(<AppRoutes />, { route: `/verify/${CODE}` });
    expect(await screen.findByTestId('verify-revoked')).toHaveTextContent('该文书已于2026年3月5日撤销，不再有效');
    expect(screen.getByText('已撤销')).toBeInTheDocument();
  });

  it('answers 未找到该文书 for an unknown code', async () => {
    mockApi({
      'GET /api/public/documents/:code': apiError(404, 'NOT_FOUND', '未找到该文书，请核对二维码或核验码'),
    });
    renderApp(<AppRoutes />, { route: '/verify/AAAAAAAAAAAAAAAA' });
    expect(await screen.findByTestId('verify-not-found')).toHaveTextContent('未找到该文书');
    expect(screen.queryByTestId('verify-result')).not.toBeInTheDocument();
  });
});
