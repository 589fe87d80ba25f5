import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi, type Call } from '../../test/fetchMock';
import { meFixture, renderApp } from '../../test/render';

const doc = {
  id: 5,
  kind: 'notice',
  templateId: 9,
  templateVersion: 2,
  authorityRegionCode: '500235',
  issuer: '云阳县民政局',
  number: '云民通〔2026〕3号',
  year: 2026,
  seq: 3,
  title: '责令改正通知书',
  fields: { addressee: '云阳县青少年体育协会', fine: 300000, deadline: '2026-04-30' },
  linkedType: 'case',
  linkedId: '12',
  orgId: null,
  checksum: 'c'.repeat(64),
  verifyCode: 'ysFuJygSZpKbg_KfjbJWXQ',
  verifyUrl: 'http://127.0.0.1:3000/verify/ysFuJygSZpKbg_KfjbJWXQ',
  issuedByName: '云阳县民政局登记员(yy-clerk)',
  issuedAt: '2026-03-02T01:00:00Z',
  issueDate: '2026-03-02',
  revokedAt: null,
  revokeReason: null,
};
const template = {
  id: 9,
  authorityRegionCode: '500235',
  kind: 'notice',
  version: 2,
  name: '通知书',
  basedOnId: 2,
  createdByName: '云阳县系统管理员',
  createdAt: '2026-01-01T00:00:00Z',
  fields: [
    { name: 'addressee', label: '主送单位', type: 'text', required: true },
    { name: 'deadline', label: '改正期限', type: 'date', required: false },
    { name: 'fine', label: '罚款金额', type: 'money', required: false },
  ],
  layout: {},
};

const saved: string[] = [];
beforeEach(() => {
  saved.length = 0;
  URL.createObjectURL = vi.fn(() => 'blob:doc');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

describe('document detail', () => {
  it('shows the content by the template’s labels, downloads the PDF and revokes with a reason', async () => {
    document.cookie = 'shezu_csrf=csrf-token; path=/';
    let revoked = false;
    const { calls } = mockApi({
      'GET /api/me': { body: meFixture({ permissions: ['account.self', 'documents.read', 'documents.issue'] }) },
      'GET /api/todos/counts': { body: { open: 0, overdue: 0, byKind: {} } },
      'GET /api/documents': { body: { items: [doc], nextCursor: null } },
      'GET /api/documents/:id': () => ({
        body: revoked ? { ...doc, revokedAt: '2026-03-03T01:00:00Z', revokeReason: '内容有误' } : doc,
      }),
      'GET /api/document-templates/:id': { body: template },
      'GET /api/documents/:id/pdf': {
        raw: '%PDF-1.7',
        headers: {
          'content-type': 'application/pdf',
          // As the API sends it: an ASCII fallback and the real name in UTF-8.
          'content-disposition': `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent('云民通〔2026〕3号.pdf')}`,
        },
      },
      'POST /api/documents/:id/revoke': (call: Call) => {
        revoked = true;
        return {
          body: { ...doc, revokedAt: '2026-03-03T01:00:00Z', revokeReason: (call.body as { reason: string }).reason },
        };
      },
    });
    renderApp(<AppRoutes />, { route: '/documents' });

    fireEvent.click(await screen.findByTestId('document-open-5'));
    const drawer = await screen.findByTestId('document-drawer');
    expect(await within(drawer).findByTestId('document-number')).toHaveTextContent('云民通〔2026〕3号');
    expect(await within(drawer).findByText('罚款金额')).toBeInTheDocument();
    expect(within(drawer).getByText('3,000.00 元')).toBeInTheDocument();
    expect(within(drawer).getByText('2026年4月30日')).toBeInTheDocument();
    expect(within(drawer).getByTestId('document-verify-url')).toHaveAttribute('href', doc.verifyUrl);

    fireEvent.click(within(drawer).getByTestId('document-download-pdf'));
    await waitFor(() => expect(saved).toEqual(['云民通〔2026〕3号.pdf']));

    fireEvent.click(within(drawer).getByTestId('document-revoke'));
    fireEvent.click(await screen.findByTestId('document-revoke-confirm'));
    expect(await screen.findByText('请填写撤销原因（至少2个字）')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('document-revoke-reason'), { target: { value: '内容有误' } });
    fireEvent.click(screen.getByTestId('document-revoke-confirm'));
    expect(await within(drawer).findByTestId('document-revoked')).toHaveTextContent('内容有误');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/api/documents/5/revoke');
    expect(post?.body).toEqual({ reason: '内容有误' });
    expect(post?.headers.get('X-CSRF-Token')).toBe('csrf-token');
  });
});
