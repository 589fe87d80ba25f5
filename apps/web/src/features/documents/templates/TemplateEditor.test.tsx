import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { AppRoutes } from '../../../app/routes';
import { apiError, mockApi } from '../../../test/fetchMock';
import { meFixture, renderApp } from '../../../test/render';

const notice = {
  id: 2,
  authorityRegionCode: null,
  kind: 'notice',
  version: 1,
  name: '通知书（责令改正通知书等）',
  inherited: true,
  basedOnId: null,
  createdByName: 'system',
  createdAt: '2026-01-01T00:00:00Z',
  fields: [{ name: 'content', label: '事实与要求', type: 'multiline', required: true }],
  layout: {
    style: 'official',
    issuer: '{authorityName}',
    numberPrefix: '{regionAbbr}民通',
    title: '责令改正通知书',
    addressee: null,
    body: ['{content}', '特此通知。'],
    rows: [],
    signature: { issuer: '{authorityName}', date: '{issueDate}' },
    seal: { text: '{authorityName}' },
    footer: null,
  },
};

describe('document template editor', () => {
  it('shows the API’s placeholder errors beside the paragraph they are in, and the rest above the form', async () => {
    const { calls } = mockApi({
      'GET /api/me': {
        body: meFixture({
          roles: ['system_admin'],
          permissions: ['account.self', 'documents.read', 'templates.manage'],
        }),
      },
      'GET /api/todos/counts': { body: { open: 0, overdue: 0, byKind: {} } },
      'GET /api/document-templates': { body: { items: [notice] } },
      'PUT /api/document-templates/:id': apiError(400, 'VALIDATION_FAILED', '模板有误：未定义的占位符：{deadline}', {
        'layout.body.1': '未定义的占位符：{deadline}',
        'layout.rows': '证书版式至少需要一个项目',
      }),
    });
    renderApp(<AppRoutes />, { route: '/admin/document-templates' });

    expect(await screen.findByTestId('template-source-notice')).toHaveTextContent('沿用全国默认');
    fireEvent.click(screen.getByTestId('template-edit-notice'));
    const paragraph = await screen.findByTestId('template-body-1');
    fireEvent.change(paragraph, { target: { value: '请于{deadline}前改正。' } });
    fireEvent.click(screen.getByTestId('template-save'));

    const item = paragraph.closest('.ant-form-item') as HTMLElement;
    expect(await within(item).findByText('未定义的占位符：{deadline}')).toBeInTheDocument();
    expect(screen.getByTestId('template-errors')).toHaveTextContent('layout.rows：证书版式至少需要一个项目');

    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe('/api/document-templates/2');
    expect(put?.body).toMatchObject({
      name: '通知书（责令改正通知书等）',
      layout: { body: ['{content}', '请于{deadline}前改正。'], seal: { text: '{authorityName}' }, addressee: null },
    });
  });
});
