import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AppRoutes } from '../../../app/routes';
import { chooseOption } from '../../../test/antd';
import { apiError, mockApi, type Call } from '../../../test/fetchMock';
import { orgFixture, shellRoutes } from '../../../test/orgFixtures';
import { renderApp } from '../../../test/render';
import { detailFixture, orgMe } from '../testFixtures';

const file = {
  id: 41,
  purpose: 'application_attachment',
  name: '章程.pdf',
  originalName: '章程.pdf',
  mime: 'application/pdf',
  size: 245_760,
  checksum: 'ab'.repeat(32),
  owner: null,
  regionCode: '500235',
  createdBy: 41,
  createdAt: '2026-03-02T01:00:00Z',
};

describe('章程核准: materials', () => {
  it('shows the missing charter under the materials, and attaches the uploaded file by its role', async () => {
    let submits = 0;
    const { calls } = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: orgMe() },
      'GET /api/orgs/7': { body: orgFixture() },
      'POST /api/applications': (call: Call) => ({
        status: 201,
        body: detailFixture({ id: 16, kind: 'charter', orgId: 7, data: (call.body as { data: object }).data as never }),
      }),
      'PUT /api/applications/16': { body: detailFixture({ id: 16, kind: 'charter', orgId: 7, version: 2 }) },
      'POST /api/applications/16/submit': () =>
        ++submits === 1
          ? apiError(400, 'VALIDATION_FAILED', '提交的内容有误：请上传修改后的章程', {
              attachments: '请上传修改后的章程',
            })
          : { body: detailFixture({ id: 16, kind: 'charter', status: 'submitted', step: 'authority', version: 3 }) },
      'POST /api/files': { status: 201, body: file },
      'GET /api/applications/16': { body: detailFixture({ id: 16, kind: 'charter', status: 'submitted' }) },
    });
    renderApp(<AppRoutes />, { route: '/applications/new/charter' });
    await screen.findByTestId('application-form');
    expect(screen.getByTestId('material-charter')).toHaveTextContent('章程（必须）');
    fireEvent.change(screen.getByTestId('application-summary'), { target: { value: '理事会任期改为五年' } });

    fireEvent.click(screen.getByTestId('application-submit'));
    expect(await screen.findByTestId('attachments-error')).toHaveTextContent('请上传修改后的章程');

    fireEvent.click(screen.getByTestId('attachment-add'));
    await chooseOption('attachment-role-0', '章程');
    const input = (await screen.findByTestId('attachment-file-0')).querySelector(
      'input[type="file"]',
    ) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.7'], '章程.pdf', { type: 'application/pdf' })] } });
    await waitFor(() => expect(screen.queryByTestId('attachments-error')).not.toBeInTheDocument());
    expect(screen.getByTestId('material-charter')).toHaveTextContent(/^章程$/);

    fireEvent.click(screen.getByTestId('application-submit'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/applications\/16$/));
    expect(calls.find((c) => c.method === 'PUT')!.body).toMatchObject({
      kind: 'charter',
      version: 1,
      attachments: [{ fileId: 41, role: 'charter' }],
      data: { summary: '理事会任期改为五年' },
    });
  });
});
